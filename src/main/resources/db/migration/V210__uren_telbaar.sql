-- R3.11, R4.5, R2.9: which reported hours count toward the statutory thresholds (600 hours for afschalen, 800
-- course hours for the Z-route, 40 practical hours of the MAP).
--
-- 1. R2.9: a gezinsmigrant or overige migrant pays the leerroute; their language enrolment is a deelname of
--    the new kind LEERROUTE_ZELFBETAALD, which the gemeente does not buy (no contract price, no cost).
alter table deelname drop constraint deelname_soort_check;
alter table deelname add constraint deelname_soort_check
    check (soort in ('LEERROUTE', 'LEERROUTE_ZELFBETAALD', 'PVT', 'MAP', 'PARTICIPATIE'));

-- 2. One line counts when its kind fits the kind of its deelname (the upload refuses any other line since this
--    version, Deelnamesoort.staatToe) and, for NT2/KNM lessons, when its provider's keurmerk is valid on the
--    line's date (R3.11: "at a course provider with a keurmerk"; R4.8: valid up to and including geldig_tot).
--    Brede-intake lessons count toward Z-route participation (R2.10), where no keurmerk is asked.
create function urenregel_telbaar(urensoort text, deelnamesoort text, keurmerk_geldig_tot date, datum date)
    returns boolean
    language sql immutable parallel safe
as $$
    select case urensoort
        when 'TAALLES_KNM' then deelnamesoort in ('LEERROUTE', 'LEERROUTE_ZELFBETAALD')
                                and keurmerk_geldig_tot is not null and datum <= keurmerk_geldig_tot
        when 'TAALLES_KNM_BREDE_INTAKE' then deelnamesoort in ('LEERROUTE', 'LEERROUTE_ZELFBETAALD')
        when 'PARTICIPATIE' then deelnamesoort = 'PARTICIPATIE'
        when 'PARTICIPATIE_BREDE_INTAKE' then deelnamesoort = 'PARTICIPATIE'
        when 'MAP_PRAKTIJK' then deelnamesoort = 'MAP'
        when 'MAP_THEMA' then deelnamesoort = 'MAP'
        when 'PVT' then deelnamesoort = 'PVT'
        else false
    end
$$;

-- 3. The running totals (V75) keep the counting hours beside all attended hours. The keurmerk is judged when
--    the line is stored, against the provider's registered geldig_tot; the application has no operation that
--    changes a keurmerk (reference data), and a renewal must not make hours of a lapsed period count afterwards.
alter table urentotaal add column uren_telbaar numeric(12, 2) not null default 0;

create or replace function urentotaal_bijwerken() returns trigger
    language plpgsql
as $$
begin
    insert into urentotaal (gemeentecode, inburgeraar_id, soort, aanbieder_id, uren, uren_telbaar)
    select r.gemeentecode, r.inburgeraar_id, r.soort, r.aanbieder_id, sum(r.uren),
           coalesce(sum(r.uren) filter (where urenregel_telbaar(r.soort, d.soort, a.keurmerk_geldig_tot, r.datum)), 0)
    from nieuwe_regels r
    join deelname d on d.id = r.deelname_id
    join aanbieder a on a.id = r.aanbieder_id
    where r.aanwezig
    group by r.gemeentecode, r.inburgeraar_id, r.soort, r.aanbieder_id
    on conflict (gemeentecode, inburgeraar_id, soort, aanbieder_id)
        do update set uren = urentotaal.uren + excluded.uren,
                      uren_telbaar = urentotaal.uren_telbaar + excluded.uren_telbaar;
    return null;
end
$$;

-- The lines that exist already.
update urentotaal t
set uren_telbaar = s.telbaar
from (select r.gemeentecode, r.inburgeraar_id, r.soort, r.aanbieder_id,
             coalesce(sum(r.uren) filter (where urenregel_telbaar(r.soort, d.soort, a.keurmerk_geldig_tot, r.datum)), 0)
                 as telbaar
      from urenregel r
      join deelname d on d.id = r.deelname_id
      join aanbieder a on a.id = r.aanbieder_id
      where r.aanwezig
      group by r.gemeentecode, r.inburgeraar_id, r.soort, r.aanbieder_id) s
where t.gemeentecode = s.gemeentecode and t.inburgeraar_id = s.inburgeraar_id
  and t.soort = s.soort and t.aanbieder_id = s.aanbieder_id;
