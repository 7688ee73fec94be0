-- The residential address of the person (BRP data; typed by the consulent until the BRP link exists).
-- Optional, but complete or empty: a beschikking cannot be sent to half an address.
alter table inburgeraar
    add column straat                text check (length(straat) <= 80),
    add column huisnummer            int check (huisnummer between 1 and 99999),
    add column huisnummertoevoeging  text check (huisnummertoevoeging ~ '^[A-Za-z0-9]{1,6}$'),
    add column postcode              char(7) check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    add column woonplaats            text check (length(woonplaats) <= 80),
    add constraint inburgeraar_adres_compleet check (
        (straat is null and huisnummer is null and huisnummertoevoeging is null and postcode is null and woonplaats is null)
        or (straat is not null and huisnummer is not null and postcode is not null and woonplaats is not null));
