-- Begroting (D6): the gemeente's SPUK prognosis per year of housing, the SPUK prices per year (cents), the
-- uitvoeringsbudget per year, the administration cost of the ontzorging per payment, and a small register of the
-- interpreters the gemeente paid. No personal data; every table carries gemeentecode with a row-level-security policy.

create table spuk_prognose (
    gemeentecode              char(4) not null references gemeente(code),
    jaar                      int not null check (jaar between 2021 and 2100),
    huisvestingstaakstelling  int not null check (huisvestingstaakstelling >= 0),
    gezinsmigranten           int not null check (gezinsmigranten >= 0),
    factor_procent            numeric(5, 2) not null check (factor_procent between 0 and 100),
    gewijzigd_door            text not null,
    gewijzigd_op              timestamptz not null default now(),
    primary key (gemeentecode, jaar)
);

create table spuk_prijs (
    gemeentecode              char(4) not null references gemeente(code),
    jaar                      int not null check (jaar between 2021 and 2100),
    asielstatushouder_t       bigint not null check (asielstatushouder_t >= 0),
    asielstatushouder_t1      bigint not null check (asielstatushouder_t1 >= 0),
    asielstatushouder_t2      bigint not null check (asielstatushouder_t2 >= 0),
    gezinsmigrant             bigint not null check (gezinsmigrant >= 0),
    gewijzigd_door            text not null,
    gewijzigd_op              timestamptz not null default now(),
    primary key (gemeentecode, jaar)
);

create table uitvoeringsbudget (
    gemeentecode    char(4) not null references gemeente(code),
    jaar            int not null check (jaar between 2021 and 2100),
    bedrag_centen   bigint not null check (bedrag_centen >= 0),
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now(),
    primary key (gemeentecode, jaar)
);

create table begroting_instelling (
    gemeentecode                    char(4) primary key references gemeente(code),
    ontzorging_per_betaling_centen  bigint not null check (ontzorging_per_betaling_centen >= 0),
    gewijzigd_door                  text not null,
    gewijzigd_op                    timestamptz not null default now()
);

-- An interpreter the gemeente paid: date, language and amount; deliberately no person (the SPUK is accounted per
-- gemeente, not per inburgeraar).
create table tolkinzet (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    datum           date not null,
    omschrijving    text not null check (length(omschrijving) between 1 and 200),
    bedrag_centen   bigint not null check (bedrag_centen > 0),
    ingevoerd_door  text not null,
    ingevoerd_op    timestamptz not null default now()
);
create index tolkinzet_gemeente_datum_idx on tolkinzet (gemeentecode, datum desc, id);

alter table spuk_prognose enable row level security;
alter table spuk_prijs enable row level security;
alter table uitvoeringsbudget enable row level security;
alter table begroting_instelling enable row level security;
alter table tolkinzet enable row level security;
create policy spuk_prognose_per_gemeente on spuk_prognose
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy spuk_prijs_per_gemeente on spuk_prijs
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy uitvoeringsbudget_per_gemeente on uitvoeringsbudget
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy begroting_instelling_per_gemeente on begroting_instelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy tolkinzet_per_gemeente on tolkinzet
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update, delete on spuk_prognose to ${approl};
grant select, insert, update on spuk_prijs to ${approl};
grant select, insert, update on uitvoeringsbudget to ${approl};
grant select, insert, update on begroting_instelling to ${approl};
grant select, insert, delete on tolkinzet to ${approl};
