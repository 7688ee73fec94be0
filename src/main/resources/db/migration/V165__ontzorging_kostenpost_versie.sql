-- Optimistic locking of a cost item (R7.2): the consulent's edit form carries the version it showed, and a change
-- saved by someone else in between is refused instead of silently overwritten. Every change raises the version.
alter table ontzorging_kostenpost add column versie bigint not null default 0;
