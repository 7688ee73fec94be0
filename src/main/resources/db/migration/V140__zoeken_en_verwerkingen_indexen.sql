-- The provider portal warns when the same lines were stored before: find an upload by its content hash.
create index urenupload_inhoud_idx on urenupload (aanbieder_id, inhoud_hash);
-- The processing log page lists the gemeente's lines newest first, filtered by period, user or activity.
create index verwerking_tijdstip_idx on verwerking (gemeentecode, tijdstip desc, id desc);
