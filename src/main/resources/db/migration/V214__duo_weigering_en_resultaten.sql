-- Module duo (issue 14, ADR 0011, amended 2026-12-03):
--  * a refusal by DUO (4xx) is a worklist signal until a later melding of the same kind is accepted or the
--    consulent marks it handled: who and when;
--  * the DUO simulator stores the results reported through DUO's "MAP, PVT en Z-route" API (PUT …/pvt, …/map,
--    …/zroute), once per berichtId. Demo and tests only, fictitious data, like duosim_pip.
alter table duo_uitgaand
    add column weigering_afgehandeld_op   timestamptz,
    add column weigering_afgehandeld_door text;

create index duo_uitgaand_geweigerd_idx on duo_uitgaand (gemeentecode, inburgeraar_id, soort)
    where status in ('GEWEIGERD', 'VERZONDEN');

create table duosim_resultaat (
    bericht_id           uuid primary key,
    bsn                  char(9) not null,
    soort                text not null check (soort in ('PVT', 'MAP', 'ZROUTE')),
    bron                 char(20) not null,
    inhoud               text not null,
    ontvangen_op         timestamptz not null default now()
);
create index duosim_resultaat_bsn_idx on duosim_resultaat (bsn, soort);
grant select, insert, update, delete on duosim_resultaat to ${approl};
