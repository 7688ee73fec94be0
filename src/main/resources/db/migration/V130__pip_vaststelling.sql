-- R3.2: when a PIP was really fixed, in which function ("namens het college", under mandate), and why its
-- dagtekening lies before that day when it does. PIPs fixed before this migration have no moment: the
-- statistics fall back to their dagtekening, and nothing is invented for them.
alter table pip add column vastgesteld_op timestamptz;
alter table pip add column vastgesteld_door_functie text;
alter table pip add column reden_eerdere_dagtekening text;
-- R3.2 (Awb 3:46): the reasons for the leerroute, taken from the intake when the PIP is fixed (LBT result or
-- exemption, the findings that matter, the consulent's reason for deviating), frozen with the beschikking.
alter table pip add column motivering_leerroute text;
