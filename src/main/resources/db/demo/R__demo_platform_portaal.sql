-- Demo accounts of the inburgeraar's portal (module portaal, profile demo only; runs after R__demo_platform,
-- which creates the gemeenten). Password "demo", as every demo account. Each account is linked to exactly one
-- demo person by demo.DemoDossiers (portaal_account), so without the demo files the accounts see "not found".
insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, gemeentecode, aanbieder_id)
select a.gebruikersnaam, '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'INBURGERAAR', a.gemeentecode, null
  from (values ('inburgeraar1.dalfsen', '0148'), ('inburgeraar2.dalfsen', '0148'), ('inburgeraar3.dalfsen', '0148'),
               ('inburgeraar1.staphorst', '0180'), ('inburgeraar1.zwartewaterland', '1896'))
       as a (gebruikersnaam, gemeentecode)
  join gemeente g on g.code = a.gemeentecode
on conflict do nothing;
