-- Demo values of the providers (profile demo only; runs after R__demo_platform, which creates them): what
-- they offer, the keurmerk and the TST recognition. Only updates and fills in; safe to run again.
update aanbieder set keurmerk_soort = 'BLIK_OP_WERK', keurmerk_geldig_tot = date '2028-12-31',
                     taalschakelinstelling = true
 where id = '6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01';

insert into aanbieder_soort (aanbieder_id, soort)
select a.id, s.soort
  from aanbieder a
  join (values ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01'::uuid, 'TAAL'),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02'::uuid, 'PARTICIPATIE'),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02'::uuid, 'MAP'),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02'::uuid, 'PVT')) as s (id, soort) on s.id = a.id
on conflict do nothing;
