-- Demo (module duo): each demo gemeente's OIN (fictitious, 20 digits) and whether it has an M2M connection with
-- DUO. Dalfsen and Zwartewaterland exchange with the DUO simulator; Staphorst works through the DUO portal.
insert into duo_instelling (gemeentecode, oin, m2m, gewijzigd_door) values
    ('0148', '00000001001234560148', true, 'demo'),
    ('0180', '00000001001234560180', false, 'demo'),
    ('1896', '00000001001234561896', true, 'demo')
on conflict (gemeentecode) do nothing;
