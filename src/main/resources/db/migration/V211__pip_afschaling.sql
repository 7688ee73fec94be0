-- R3.11: afschalen records the two statutory findings (B1 is not feasible within the (extended) termijn; the
-- person made sufficient effort) and the skills it lowers to A2 (per skill: LE, LU, SC, SP; KNM has no level).
-- Stored with the PIP version; the table's grants (V5) cover the new columns.
alter table pip
    add column afschaling_b1_niet_haalbaar boolean not null default false,
    add column afschaling_voldoende_inspanning boolean not null default false,
    add column afschaling_vaardigheden text
        check (afschaling_vaardigheden ~ '^(LE|LU|SC|SP)(,(LE|LU|SC|SP))*$');
