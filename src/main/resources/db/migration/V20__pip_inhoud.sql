-- R3.1: the full content of the PIP ("PIP in brede zin"). A concept can now be edited (versie guards it).
alter table pip
    add column ondersteuning            text,
    add column intensiteit_pvt_uren     int check (intensiteit_pvt_uren between 0 and 9999),
    add column intensiteit_map_uren     int check (intensiteit_map_uren between 0 and 9999),
    add column inburgeringsaanbod       text,
    add column ontvangt_bijstand        boolean not null default false,
    add column afspraken_ontzorgen      text,
    add column afspraken_vve            text,
    add column afspraken_participatie   text,
    -- R6.1: there is no MAP in the onderwijsroute, so neither agreements nor hours.
    add constraint pip_geen_map_in_onderwijsroute check (leerroute <> 'ONDERWIJSROUTE'
        or (afspraken_map is null and intensiteit_map_uren is null)),
    -- R7.1: ontzorgen only for a person with bijstand.
    add constraint pip_ontzorgen_alleen_met_bijstand check (afspraken_ontzorgen is null or ontvangt_bijstand);
