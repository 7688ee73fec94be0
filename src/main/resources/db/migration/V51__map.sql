-- MAP (Module Arbeidsmarkt en Participatie, R6.x): the gemeente's budget per participant (D4), per person the
-- agreed and waived themes (R6.2), the cost, and the eindgesprek with the gemeente's judgement (R6.4).

create table map_instelling (
    gemeentecode          char(4) primary key references gemeente(code),
    budget_per_deelnemer  numeric(8, 2) not null check (budget_per_deelnemer >= 0),
    gewijzigd_door        text not null,
    gewijzigd_op          timestamptz not null default now()
);

create table map_traject (
    inburgeraar_id     uuid primary key references inburgeraar(id),
    gemeentecode       char(4) not null references gemeente(code),
    kosten             numeric(8, 2) check (kosten >= 0),
    datum_eindgesprek  date,
    voldoende          boolean,
    verwijtbaar        text check (verwijtbaar in ('JA', 'NEE')),
    eindgesprek_door   text,
    check ((datum_eindgesprek is null) = (voldoende is null))
);
create index map_traject_idx on map_traject (gemeentecode, inburgeraar_id);

create table map_thema_afspraak (
    inburgeraar_id  uuid not null references inburgeraar(id),
    gemeentecode    char(4) not null references gemeente(code),
    thema           text not null check (thema in ('BEROEPENORIENTATIE', 'WERKNEMERSCOMPETENTIES',
        'REALISTISCH_BEROEPSBEELD', 'BEROEPSKANSEN', 'BEROEPSCOMPETENTIES_VERWERVEN', 'NETWERK_OPBOUWEN',
        'WERK_VINDEN', 'WERKCULTUUR')),
    status          text not null check (status in ('AFGESPROKEN', 'VRIJGESTELD')),
    reden           text,
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null default now(),
    -- R6.2: a waived theme needs the reason (the person already has the knowledge).
    check (status <> 'VRIJGESTELD' or length(trim(coalesce(reden, ''))) > 0),
    primary key (inburgeraar_id, thema)
);

alter table map_instelling enable row level security;
alter table map_traject enable row level security;
alter table map_thema_afspraak enable row level security;
create policy map_instelling_per_gemeente on map_instelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy map_traject_per_gemeente on map_traject
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy map_thema_afspraak_per_gemeente on map_thema_afspraak
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on map_instelling to ${approl};
grant select, insert, update on map_traject to ${approl};
grant select, insert, update on map_thema_afspraak to ${approl};
