-- How the inburgeraar reaches the partner organisation of their maatschappelijke begeleiding (issue 18, module
-- begeleiding): the partner's own phone number and e-mail address, both optional, shown in the portal through
-- BegeleidingBeheer.partnercontact. The table keeps its row-level security and its select grant.
alter table begeleidingspartner
    add column telefoon text,
    add column email    text,
    add constraint begeleidingspartner_email check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
