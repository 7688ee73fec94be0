-- R3.12, R10.3: where the previous gemeente's PIP in pip_herkomst came from: entered by the gemeente (GEMEENTE) or
-- taken over from DUO's PIP and Inburgeringstermijn APIs on an SS121 notification (DUO).
alter table pip_herkomst add column bron text not null default 'GEMEENTE' check (bron in ('GEMEENTE', 'DUO'));
