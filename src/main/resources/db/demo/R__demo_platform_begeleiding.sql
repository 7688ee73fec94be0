-- Demo partner organisations of the maatschappelijke begeleiding (module begeleiding; profile demo only; runs
-- after R__demo_platform, which creates the gemeenten and the account begeleider.vluchtelingenwerk): per
-- gemeente VluchtelingenWerk, in Dalfsen also Humanitas (with its own account begeleider.humanitas, so each
-- begeleider has someone else's people to not see), the links of the accounts to their partner, and a subsidy
-- per partner per year. Idempotent: only adds what is missing. Password "demo", as every demo account.
insert into begeleidingspartner (id, gemeentecode, naam)
select p.id, p.gemeentecode, p.naam
  from (values ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148'::uuid, '0148', 'VluchtelingenWerk Dalfsen'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1148'::uuid, '0148', 'Humanitas Dalfsen'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0180'::uuid, '0180', 'VluchtelingenWerk Staphorst'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1896'::uuid, '1896', 'VluchtelingenWerk Zwartewaterland'))
       as p (id, gemeentecode, naam)
  join gemeente g on g.code = p.gemeentecode
on conflict do nothing;

insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, gemeentecode, aanbieder_id)
select 'begeleider.humanitas', '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq',
       'MAATSCHAPPELIJK_BEGELEIDER', '0148', null
 where exists (select 1 from gemeente where code = '0148')
on conflict do nothing;

insert into begeleider (gebruikersnaam, gemeentecode, partner_id)
select b.gebruikersnaam, '0148', b.partner_id
  from (values ('begeleider.vluchtelingenwerk', '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148'::uuid),
               ('begeleider.humanitas', '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1148'::uuid)) as b (gebruikersnaam, partner_id)
  join gebruiker g on g.gebruikersnaam = b.gebruikersnaam
  join begeleidingspartner p on p.id = b.partner_id
on conflict do nothing;

insert into begeleiding_subsidie (gemeentecode, partner_id, jaar, bedrag, bedrag_per_traject, gewijzigd_door)
select p.gemeentecode, p.id, j.jaar, 60000.00, 2370.00, 'demo'
  from begeleidingspartner p
 cross join (values (2025), (2026), (2027)) as j (jaar)
 where p.id in ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148', '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0180',
                '4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1896')
on conflict do nothing;

-- The partners' contact details for the inburgeraar's portal (V205); fictitious numbers and addresses.
update begeleidingspartner p
   set telefoon = c.telefoon, email = c.email
  from (values ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148'::uuid, '0529 000 148', 'dalfsen@vluchtelingenwerk.example'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1148'::uuid, '0529 000 248', 'dalfsen@humanitas.example'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0180'::uuid, '0522 000 180', 'staphorst@vluchtelingenwerk.example'),
               ('4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1896'::uuid, '038 000 1896', 'zwartewaterland@vluchtelingenwerk.example'))
       as c (id, telefoon, email)
 where p.id = c.id and p.telefoon is null and p.email is null;
