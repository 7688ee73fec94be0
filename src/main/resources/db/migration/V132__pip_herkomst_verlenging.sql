-- R3.12 with R3.6: DUO's extension of the inburgeringstermijn granted while the person lived in the previous
-- gemeente moves with the person; the new gemeente records it with the handover (both columns or neither).
alter table pip_herkomst add column datum_besluit_verlenging date;
alter table pip_herkomst add column nieuwe_einddatum_termijn date;
alter table pip_herkomst add constraint pip_herkomst_verlenging_compleet
    check ((datum_besluit_verlenging is null) = (nieuwe_einddatum_termijn is null));
