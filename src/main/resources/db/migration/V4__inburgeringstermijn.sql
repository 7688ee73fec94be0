-- R3.4: the inburgeringstermijn starts the day after the dagtekening of the first PIP and never moves.
alter table inburgeraar add column datum_start_inburgeringstermijn date;
