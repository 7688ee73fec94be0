-- The price the gemeente agreed with a contracted provider per kind of deelname and, for a leerroute, per route
-- (module aanbieder; read by the begroting for the committed costs). In cents; one price per contract, kind and
-- route. The foreign key to the contract keeps a price from outliving it.

create table aanbieder_contractprijs (
    gemeentecode    char(4) not null,
    aanbieder_id    uuid not null,
    soort           text not null check (soort in ('LEERROUTE', 'PVT', 'MAP', 'PARTICIPATIE')),
    leerroute       text not null default '' check (leerroute in ('', 'B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE')),
    prijs_centen    bigint not null check (prijs_centen >= 0),
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now(),
    primary key (gemeentecode, aanbieder_id, soort, leerroute),
    constraint aanbieder_contractprijs_route check ((soort = 'LEERROUTE') = (leerroute <> '')),
    constraint aanbieder_contractprijs_contract_fk foreign key (aanbieder_id, gemeentecode)
        references aanbieder_contract (aanbieder_id, gemeentecode)
);

alter table aanbieder_contractprijs enable row level security;
create policy aanbieder_contractprijs_per_gemeente on aanbieder_contractprijs
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
grant select, insert, update, delete on aanbieder_contractprijs to ${approl};
