-- Demo settings of the begroting (module begroting, D6; profile demo only; runs after R__demo_platform, which
-- creates the gemeenten and the providers' contracts). Dalfsen gets the inputs of figure 1.1 of its plan (the
-- prognosis of the huisvestingstaakstelling 25, 22, 22, 22 for the housing years 2022-2025, three gezins- and
-- overige migranten a year, factor 70%), the uitvoeringsbudget of the plan (EUR 80.000 in 2022, EUR 88.000 after),
-- contract prices of its providers and an administration cost per payment of the ontzorging. The SPUK prices stay
-- the D6 defaults, so the rekentool shows where it differs from the figure. Idempotent: only adds what is missing.
insert into spuk_prognose (gemeentecode, jaar, huisvestingstaakstelling, gezinsmigranten, factor_procent, gewijzigd_door)
select '0148', p.jaar, p.taakstelling, 3, 70, 'demo'
  from (values (2022, 25), (2023, 22), (2024, 22), (2025, 22)) as p (jaar, taakstelling)
 where exists (select 1 from gemeente where code = '0148')
on conflict do nothing;

insert into uitvoeringsbudget (gemeentecode, jaar, bedrag_centen, gewijzigd_door)
select '0148', b.jaar, b.centen, 'demo'
  from (values (2022, 8000000), (2023, 8800000), (2024, 8800000), (2025, 8800000), (2026, 8800000)) as b (jaar, centen)
 where exists (select 1 from gemeente where code = '0148')
on conflict do nothing;

insert into begroting_instelling (gemeentecode, ontzorging_per_betaling_centen, gewijzigd_door)
select '0148', 450, 'demo'
 where exists (select 1 from gemeente where code = '0148')
on conflict do nothing;

insert into aanbieder_contractprijs (gemeentecode, aanbieder_id, soort, leerroute, prijs_centen, gewijzigd_door)
select c.gemeentecode, c.aanbieder_id, p.soort, p.leerroute, p.centen, 'demo'
  from (values ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01'::uuid, 'LEERROUTE', 'B1_ROUTE', 1000000),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01'::uuid, 'LEERROUTE', 'ONDERWIJSROUTE', 1400000),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01'::uuid, 'LEERROUTE', 'Z_ROUTE', 900000),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02'::uuid, 'PVT', '', 50000),
               ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02'::uuid, 'PARTICIPATIE', '', 200000)) as p (aanbieder_id, soort, leerroute, centen)
  join aanbieder_contract c on c.aanbieder_id = p.aanbieder_id and c.gemeentecode = '0148'
on conflict do nothing;
