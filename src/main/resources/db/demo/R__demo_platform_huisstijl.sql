-- Demo letterheads of the three demo gemeenten (profile demo only). Fictitious addresses and numbers: they
-- only look plausible. Runs after R__demo_platform (Flyway orders repeatable scripts by name), never
-- overwrites what a functioneel beheerder changed.
insert into gemeente_huisstijl (gemeentecode, officiele_naam, bezoekadres, postadres, telefoon, website, email, bezwaaradres)
select v.code, v.officiele_naam, v.bezoekadres, v.postadres, v.telefoon, v.website, v.email, v.bezwaaradres
from (values
    ('0148', 'Gemeente Dalfsen', 'Kerkplein 1, 7721 AD Dalfsen', 'Postbus 35, 7720 AA Dalfsen',
     '0529 00 00 00', 'https://www.dalfsen.example', 'inburgering@dalfsen.example',
     'College van burgemeester en wethouders van Dalfsen, Postbus 35, 7720 AA Dalfsen'),
    ('0180', 'Gemeente Staphorst', 'Raadhuis 1, 7951 AA Staphorst', 'Postbus 2, 7950 AA Staphorst',
     '0522 00 00 00', 'https://www.staphorst.example', 'inburgering@staphorst.example',
     'College van burgemeester en wethouders van Staphorst, Postbus 2, 7950 AA Staphorst'),
    ('1896', 'Gemeente Zwartewaterland', 'Stadhuisplein 1, 8061 AB Hasselt', 'Postbus 100, 8060 AC Hasselt',
     '038 000 00 00', 'https://www.zwartewaterland.example', 'inburgering@zwartewaterland.example',
     'College van burgemeester en wethouders van Zwartewaterland, Postbus 100, 8060 AC Hasselt')
) as v (code, officiele_naam, bezoekadres, postadres, telefoon, website, email, bezwaaradres)
join gemeente g on g.code = v.code
on conflict (gemeentecode) do nothing;
