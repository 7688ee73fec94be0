-- Module duo, the DUO simulator (demo and tests only): what the simulated DUO answers to the raadplegingen of
-- exam results, free attempts, the leerbaarheidstoets, vrijstellingen and ontheffingen (DUO's Examen,
-- Leerbaarheidstoets, Vrijstelling and Ontheffing APIs), as the JSON DUO would send. Fictitious data.
create table duosim_gegeven (
    bsn                  char(9) not null,
    vraag                text not null,
    inhoud               text not null,
    primary key (bsn, vraag)
);
grant select, insert, update, delete on duosim_gegeven to ${approl};
