-- Demo data of financieel ontzorgen (profile demo only): the account of the financiële administratie of Dalfsen
-- (password "demo") and each demo gemeente's own bank account, the debtor of its SEPA payment file. Fictitious
-- account numbers that pass the IBAN check. Named after R__demo_platform so Flyway runs it after the gemeenten
-- exist; never overwrites what was changed since.
insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, gemeentecode, aanbieder_id)
select 'financieel.dalfsen', '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'FINANCIELE_ADMINISTRATIE', '0148', null
where exists (select 1 from gemeente where code = '0148')
on conflict (gebruikersnaam) do nothing;

insert into ontzorging_instelling (gemeentecode, debiteur_naam, debiteur_iban, debiteur_bic, gewijzigd_door)
select v.code, v.naam, v.iban, 'BNGHNL2G', 'demo'
from (values
    ('0148', 'Gemeente Dalfsen', 'NL42BNGH0285000148'),
    ('0180', 'Gemeente Staphorst', 'NL51BNGH0285000180'),
    ('1896', 'Gemeente Zwartewaterland', 'NL85BNGH0285001896')
) as v (code, naam, iban)
join gemeente g on g.code = v.code
on conflict (gemeentecode) do nothing;
