-- Demo partner organisations of the maatschappelijke begeleiding (module begeleiding; profile demo only; runs
-- after R__demo_platform, which creates the gemeenten and the account begeleider.vluchtelingenwerk): per
-- gemeente VluchtelingenWerk, in Dalfsen also Humanitas (no account, so the begeleider of VluchtelingenWerk has
-- someone else's people to not see), the link of the demo account to VluchtelingenWerk Dalfsen, and a subsidy
-- per partner per year. Idempotent: only adds what is missing.
insert into begeleidingspartner (id, gemeentecode, naam)
select p.id, p.gemeentecode, p.naam
  from (values ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148'::uuid, '0148', 'VluchtelingenWerk Dalfsen'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1148'::uuid, '0148', 'Humanitas Dalfsen'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0180'::uuid, '0180', 'VluchtelingenWerk Staphorst'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1896'::uuid, '1896', 'VluchtelingenWerk Zwartewaterland'))
       as p (id, gemeentecode, naam)
  join gemeente g on g.code = p.gemeentecode
on conflict do nothing;

insert into begeleider (gebruikersnaam, gemeentecode, partner_id)
select 'begeleider.vluchtelingenwerk', '0148', '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148'
 where exists (select 1 from gebruiker where gebruikersnaam = 'begeleider.vluchtelingenwerk')
on conflict do nothing;

insert into begeleiding_subsidie (gemeentecode, partner_id, jaar, bedrag, bedrag_per_traject, gewijzigd_door)
select p.gemeentecode, p.id, j.jaar, 60000.00, 2370.00, 'demo'
  from begeleidingspartner p
 cross join (values (2025), (2026), (2027)) as j (jaar)
 where p.id in ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148', '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0180',
                '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1896')
on conflict do nothing;
