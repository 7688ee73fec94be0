package nl.openinburgering.nationaal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.openinburgering.nationaal.Bevolking.Fase;
import nl.openinburgering.nationaal.Bevolking.Gemeente;
import nl.openinburgering.nationaal.Bevolking.Persoon;
import nl.openinburgering.nationaal.Bevolking.Route;

/**
 * The rows of each table, one method per table, in the column order named in
 * {@link NationaleDataset#tabellen()}. Each method only reads the {@link Bevolking}; randomness per person and
 * table comes from {@code p.toeval(n)} with a number n of its own, so adding a table changes no other table.
 */
final class NationaleRijen {

    /**
     * Password "demo", BCrypt with cost 4 (the demo accounts use cost 10). Cheap on purpose: the API
     * benchmarks use HTTP Basic, which checks the password on every request, and a cost-10 hash (~60 ms on
     * this machine) would measure BCrypt instead of the app. In productie the API takes bearer JWTs.
     */
    static final String WACHTWOORD_DEMO = "{bcrypt}$2a$04$pFWE.jhHju7MexJL4fP2Q.Ot0OvUWDRLcNB4o1F0YRDD/UAlKiF5O";

    static final String INBURGERAAR = "id, gemeentecode, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep, "
            + "datum_start_inburgeringsplicht, datum_vestiging_gemeente, datum_start_termijn_vaststelling_leerroute, "
            + "actief, geregistreerd_op, versie, datum_start_inburgeringstermijn, straat, huisnummer, "
            + "huisnummertoevoeging, postcode, woonplaats";
    static final String INTAKE = "id, gemeentecode, inburgeraar_id, koppelingsdatum, azc_locatie, coa_contactpersoon, "
            + "coa_telefoon, coa_email, scenario, onderwijs, opleidingsniveau, werkervaring, gezondheid, taalniveau, "
            + "hoofddoel, ontwikkelwensen, lbt_aanmeldingsdatum, lbt_resultaat, lbt_behaalde_score, "
            + "lbt_benodigde_score, gekozen_leerroute, keuze_reden, versie";
    static final String PIP = "id, gemeentecode, inburgeraar_id, status, leerroute, niveau, "
            + "geschatte_intensiteit_b1_route, alfabetisering, indicatie_mag_opleiding_afmaken, begeleiding, "
            + "afspraken_pvt, afspraken_map, aantal_voortgangsgesprekken, opgesteld_door, opgesteld_op, dagtekening, "
            + "vastgesteld_door, versie, intensiteit_pvt_uren, intensiteit_map_uren, ontvangt_bijstand, "
            + "afspraken_ontzorgen, afspraken_participatie";

    private static final String[] VOORNAMEN = {
        "Amina",
        "Yonas",
        "Rania",
        "Samir",
        "Hiwet",
        "Oleksandr",
        "Farah",
        "Dawit",
        "Leyla",
        "Omar",
        "Selam",
        "Nour",
        "Mohammed",
        "Ayesha",
        "Tigist",
        "Karim",
        "Zahra",
        "Abel",
        "Mariam",
        "Youssef",
        "Olena",
        "Ahmad",
        "Fatima",
        "Tesfay",
        "Hana",
        "Bilal",
        "Sara",
        "Dmytro",
        "Layla",
        "Ibrahim",
        "Ruta",
        "Mehmet",
        "Elif",
        "Ali",
        "Noor",
        "Yared",
        "Iryna",
        "Hassan",
        "Salma",
        "Kidus"
    };
    private static final String[] ACHTERNAMEN = {
        "Haddad",
        "Tesfaye",
        "Al-Masri",
        "Khalil",
        "Gebremedhin",
        "Kovalenko",
        "Yousef",
        "Bekele",
        "Ahmadi",
        "Darwish",
        "Kidane",
        "Hamdan",
        "Osman",
        "Rahimi",
        "Alemu",
        "Nassar",
        "Hosseini",
        "Haile",
        "Saleh",
        "Barakat",
        "Shevchenko",
        "Yilmaz",
        "Demir",
        "Mengistu",
        "Abdi",
        "Karimi",
        "Bondarenko",
        "Hussein",
        "Tekle",
        "Mansour",
        "Sahin",
        "Ibrahim",
        "Nazari",
        "Woldu",
        "Melnyk",
        "Azizi",
        "Berhane",
        "Jaber",
        "Kaya",
        "Popescu"
    };
    private static final String[] STRATEN = {
        "Dorpsstraat",
        "Kerkstraat",
        "Schoolstraat",
        "Molenweg",
        "Stationsweg",
        "Julianastraat",
        "Beatrixlaan",
        "Wilhelminastraat",
        "Nieuwstraat",
        "Parallelweg",
        "Lindelaan",
        "Esdoornlaan"
    };
    private static final String[] TALEN = {"Arabisch", "Tigrinya", "Oekraïens", "Turks", "Dari", "Farsi", "Somalisch"};
    private static final String[] DERDEN = {"UWV", "huisarts", "COA", "DUO", "leerplichtambtenaar"};

    private final Bevolking land;

    NationaleRijen(Bevolking land) {
        this.land = land;
    }

    void gemeenten(CopyStroom rijen) throws SQLException {
        for (Gemeente g : land.gemeenten) {
            rijen.rij(g.code(), g.naam());
        }
    }

    void huisstijlen(CopyStroom rijen) throws SQLException {
        for (Gemeente g : land.gemeenten) {
            String postbus = "Postbus %d, %s AA %s".formatted(1 + g.nummer(), postcodecijfers(g), g.naam());
            rijen.rij(
                    g.code(),
                    "Gemeente " + g.naam(),
                    "Raadhuisplein 1, %s AB %s".formatted(postcodecijfers(g), g.naam()),
                    postbus,
                    "0%d0 00 00 00".formatted(10 + g.nummer() % 89),
                    "https://www." + g.naam().toLowerCase() + ".example",
                    "inburgering@" + g.naam().toLowerCase() + ".example",
                    "College van burgemeester en wethouders van " + g.naam() + ", " + postbus);
        }
    }

    void aanbieders(CopyStroom rijen) throws SQLException {
        for (Bevolking.Aanbieder a : land.aanbieders) {
            // Every provider holds the Blik op Werk keurmerk but one in twelve, whose keurmerk lapsed; the
            // regional language centres with an even number are taalschakelinstellingen (TST).
            boolean keurmerk = a.nummer() % 12 != 11;
            rijen.rij(
                    a.id(),
                    a.naam(),
                    a.kvkNummer(),
                    keurmerk ? "BLIK_OP_WERK" : null,
                    keurmerk ? land.peildatum.plusMonths(6 + a.nummer() % 30) : null,
                    a.naam().startsWith("Taalcentrum") && a.nummer() % 2 == 0);
        }
    }

    void aanbiederSoorten(CopyStroom rijen) throws SQLException {
        for (Bevolking.Aanbieder a : land.aanbieders) {
            for (String soort : Deelnames.soorten(a)) {
                rijen.rij(a.id(), soort);
            }
        }
    }

    private Deelnames deelnames;

    private Deelnames deelnames() {
        if (deelnames == null) {
            deelnames = new Deelnames(land);
        }
        return deelnames;
    }

    void deelnames(CopyStroom rijen) throws SQLException {
        for (Deelnames.Deelname d : deelnames().alle) {
            Persoon p = d.persoon();
            rijen.rij(
                    d.id(),
                    p.gemeente().code(),
                    d.aanbieder().id(),
                    p.id(),
                    d.soort(),
                    d.start(),
                    d.einde(),
                    p.gemeente().consulent(p.consulent()),
                    tijdstip(d.start().minusDays(7), p.toeval(9)),
                    0);
        }
    }

    private YearMonth eersteMaand() {
        return YearMonth.of(land.peildatum.getYear() - 4, 1);
    }

    private int maanden() {
        return (int) ChronoUnit.MONTHS.between(eersteMaand(), YearMonth.from(land.peildatum)) + 1;
    }

    private String[][] uploadIds;

    /** One upload per provider per month in which it reported hours: the monthly batch that carries them. */
    private String uploadId(Bevolking.Aanbieder a, int maand) {
        if (uploadIds == null) {
            uploadIds = new String[land.aanbieders.size()][maanden()];
        }
        String id = uploadIds[a.nummer()][maand];
        if (id == null) {
            id = land.uuid("urenupload", a.nummer() * 1000L + maand).toString();
            uploadIds[a.nummer()][maand] = id;
        }
        return id;
    }

    void urenuploads(CopyStroom rijen) throws SQLException {
        long[][] aantal = new long[land.aanbieders.size()][maanden()];
        YearMonth eerste = eersteMaand();
        for (Deelnames.Deelname d : deelnames().alle) {
            deelnames()
                    .lessen(
                            d,
                            d.start(),
                            land.peildatum,
                            (datum, aanwezig, reden) -> aantal[d.aanbieder().nummer()][
                                    (int) ChronoUnit.MONTHS.between(eerste, YearMonth.from(datum))]++);
        }
        for (Bevolking.Aanbieder a : land.aanbieders) {
            for (int m = 0; m < maanden(); m++) {
                if (aantal[a.nummer()][m] > 0) {
                    LocalDate ingediend = min(eerste.plusMonths(m + 1).atDay(3), land.peildatum);
                    long h = Deelnames.mix(a.nummer() * 7919L + m);
                    rijen.rij(
                            uploadId(a, m),
                            a.id(),
                            land.uuid("idempotentie", a.nummer() * 1000L + m),
                            "%016x%016x%016x%016x"
                                    .formatted(h, Deelnames.mix(h), Deelnames.mix(h + 1), Deelnames.mix(h + 2)),
                            aantal[a.nummer()][m],
                            a.account(),
                            ingediend + " 09:00:00+01");
                }
            }
        }
    }

    /**
     * About 25 million hour lines at scale 1.0, written month by month (the order in which monthly uploads
     * arrive), so a person's lines are spread over the table as in a real system. Absent lines carry a reason.
     */
    void urenregels(CopyStroom rijen) throws SQLException {
        YearMonth eerste = eersteMaand();
        for (int m = 0; m < maanden(); m++) {
            YearMonth maand = eerste.plusMonths(m);
            LocalDate van = maand.atDay(1);
            LocalDate tot = maand.atEndOfMonth();
            int maandnummer = m;
            for (Deelnames.Deelname d : deelnames().alle) {
                if (d.start().isAfter(tot) || d.laatsteLesdag(land.peildatum).isBefore(van)) {
                    continue;
                }
                Persoon p = d.persoon();
                String gemeente = p.gemeente().code();
                String aanbieder = d.aanbieder().id().toString();
                String deelname = d.id().toString();
                String persoon = p.id().toString();
                String upload = uploadId(d.aanbieder(), maandnummer);
                deelnames()
                        .lessen(
                                d,
                                van,
                                tot,
                                (datum, aanwezig, reden) -> rijen.rij(
                                        gemeente,
                                        aanbieder,
                                        deelname,
                                        persoon,
                                        datum,
                                        d.uursoort(),
                                        d.uren(),
                                        aanwezig,
                                        reden,
                                        upload));
            }
        }
    }

    /** Every active case is assigned to its consulent (werkvoorraad), since the day the person settled. */
    void toewijzingen(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            if (p.actief()) {
                rijen.rij(
                        p.id(),
                        p.gemeente().code(),
                        p.gemeente().consulent(p.consulent()),
                        tijdstip(p.vestiging(), p.toeval(10)));
            }
        }
    }

    /** About 3% of the active cases moved from another consulent to the current one, with the teamleider's reason. */
    void toewijzingHistorie(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            SplittableRandom r = p.toeval(11);
            Gemeente g = p.gemeente();
            if (!p.actief() || g.consulenten() < 2 || r.nextInt(100) >= 3) {
                continue;
            }
            int vorige = (p.consulent() + 1 + r.nextInt(g.consulenten() - 1)) % g.consulenten();
            LocalDate wanneer = min(p.vestiging().plusDays(30 + r.nextInt(300)), land.peildatum);
            rijen.rij(
                    p.id(),
                    g.code(),
                    g.consulent(vorige),
                    g.consulent(p.consulent()),
                    g.teamleider(p.consulent() % g.teamleiders()),
                    tijdstip(wanneer, r),
                    kies(
                            r,
                            "Verdeling caseload na vertrek collega",
                            "Consulent met kennis van de taal",
                            "Herverdeling binnen het team"));
        }
    }

    /** Voortgangsgesprekken (D9): one about every nine months of the termijn up to the peildatum, 90% held. */
    void voortgangsgesprekken(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            if (!p.voorbij(Fase.PIP_VASTGESTELD)) {
                continue;
            }
            SplittableRandom r = p.toeval(12);
            LocalDate einde = p.afgerondOp() == null ? land.peildatum : min(p.afgerondOp(), land.peildatum);
            for (LocalDate datum = p.eersteDagtekening().plusMonths(9);
                    !datum.isAfter(einde);
                    datum = datum.plusMonths(9)) {
                if (r.nextInt(10) > 0) {
                    LocalDate gevoerd = datum.minusDays(r.nextInt(20));
                    rijen.rij(
                            p.id(),
                            p.gemeente().code(),
                            gevoerd,
                            p.gemeente().consulent(p.consulent()),
                            tijdstip(gevoerd, r));
                }
            }
        }
    }

    /**
     * Completed Z-routes: the eindgesprek on the completion date, with the attended hours of the generated lines
     * (only people whose lines reach the 800 hours the leerroute module asks for).
     */
    void zrouteAfrondingen(CopyStroom rijen) throws SQLException {
        for (int i = 0; i < land.personen.size(); i++) {
            Persoon p = land.personen.get(i);
            if (p.fase() != Fase.AFGEROND || p.route() != Route.Z_ROUTE) {
                continue;
            }
            double cursus = 0;
            Double participatie = null;
            for (Deelnames.Deelname d : deelnames().perPersoon.get(i)) {
                if (d.soort().equals("LEERROUTE")) {
                    cursus += deelnames().gevolgd(d);
                } else if (d.soort().equals("PARTICIPATIE")) {
                    participatie = deelnames().gevolgd(d);
                }
            }
            if (cursus >= 800) {
                rijen.rij(
                        p.id(),
                        p.gemeente().code(),
                        land.uuid("pip", p.nummer() * 2L),
                        p.afgerondOp(),
                        String.format(java.util.Locale.ROOT, "%.2f", cursus),
                        participatie == null ? null : String.format(java.util.Locale.ROOT, "%.2f", participatie),
                        p.gemeente().consulent(p.consulent()),
                        tijdstip(p.afgerondOp(), p.toeval(13)));
            }
        }
    }

    void contracten(CopyStroom rijen) throws SQLException {
        for (Bevolking.Aanbieder a : land.aanbieders) {
            for (String gemeentecode : a.gemeentecodes()) {
                rijen.rij(a.id(), gemeentecode);
            }
        }
    }

    /** Consulenten (one per ~60 active cases), teamleiders (one per ~10 consulenten), a beheerder and a beleidsmedewerker, providers. */
    void gebruikers(CopyStroom rijen) throws SQLException {
        for (Gemeente g : land.gemeenten) {
            for (int c = 0; c < g.consulenten(); c++) {
                rijen.rij(g.consulent(c), WACHTWOORD_DEMO, "CONSULENT", g.code(), null);
            }
            for (int t = 0; t < g.teamleiders(); t++) {
                rijen.rij(g.teamleider(t), WACHTWOORD_DEMO, "TEAMLEIDER", g.code(), null);
            }
            rijen.rij("beheer." + g.code(), WACHTWOORD_DEMO, "FUNCTIONEEL_BEHEERDER", g.code(), null);
            rijen.rij("beleid." + g.code(), WACHTWOORD_DEMO, "BELEIDSMEDEWERKER", g.code(), null);
        }
        for (Bevolking.Aanbieder a : land.aanbieders) {
            rijen.rij(a.account(), WACHTWOORD_DEMO, "AANBIEDER", null, a.id());
        }
    }

    void inburgeraars(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            SplittableRandom r = p.toeval(1);
            LocalDate geboren = p.plicht().minusYears(18 + r.nextInt(45)).minusDays(r.nextInt(365));
            boolean adres = p.voorbij(Fase.INTAKE) || r.nextInt(100) < 50;
            Gemeente g = p.gemeente();
            rijen.rij(
                    p.id(),
                    g.code(),
                    p.bsn(),
                    VOORNAMEN[r.nextInt(VOORNAMEN.length)],
                    ACHTERNAMEN[r.nextInt(ACHTERNAMEN.length)],
                    geboren,
                    p.asiel() ? "ASIELSTATUSHOUDER" : "GEZINSMIGRANT_OF_OVERIGE_MIGRANT",
                    p.plicht(),
                    p.vestiging(),
                    p.vestiging(),
                    true,
                    tijdstip(p.vestiging().minusDays(r.nextInt(10)), r),
                    0,
                    p.eersteDagtekening() == null ? null : p.eersteDagtekening().plusDays(1),
                    adres ? STRATEN[r.nextInt(STRATEN.length)] : null,
                    adres ? 1 + r.nextInt(250) : null,
                    adres && r.nextInt(10) == 0 ? "A" : null,
                    adres ? postcode(g, r.nextInt(26), r.nextInt(26)) : null,
                    adres ? g.naam() : null);
        }
    }

    /** R2.8: a PIP set after more than 70 days had an information request to a third party that paused the term. */
    void informatieverzoeken(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            SplittableRandom r = p.toeval(2);
            if (!p.voorbij(Fase.INTAKE) || r.nextInt(100) >= 8) {
                continue;
            }
            LocalDate aangevraagd = p.vestiging().plusDays(20 + r.nextInt(10));
            LocalDate ontvangen = aangevraagd.plusDays(7 + r.nextInt(21));
            if (aangevraagd.isAfter(land.peildatum)) {
                continue;
            }
            rijen.rij(
                    p.id(),
                    p.gemeente().code(),
                    0,
                    DERDEN[r.nextInt(DERDEN.length)],
                    "Gegevens over gezondheid en belastbaarheid opgevraagd",
                    aangevraagd,
                    ontvangen.isAfter(land.peildatum) ? null : ontvangen);
        }
    }

    /** R3.6: DUO extended the term of a few people who are near its end. */
    void termijnverlengingen(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            SplittableRandom r = p.toeval(3);
            if (p.fase() != Fase.PIP_VASTGESTELD || r.nextInt(100) >= 4) {
                continue;
            }
            LocalDate einde = p.eersteDagtekening().plusDays(1).plusYears(3);
            LocalDate besluit = einde.minusDays(30 + r.nextInt(60));
            if (!besluit.isAfter(land.peildatum)) {
                rijen.rij(
                        p.id(),
                        p.gemeente().code(),
                        0,
                        besluit,
                        einde.plusMonths(6 + r.nextInt(7)),
                        "Verlenging door DUO wegens ziekte");
            }
        }
    }

    void intakes(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            if (!p.voorbij(Fase.INTAKE)) {
                continue;
            }
            SplittableRandom r = p.toeval(4);
            boolean lbt = p.route() != null && p.route() != Route.ONDERWIJSROUTE;
            Double benodigd = lbt ? 200.0 + r.nextInt(100) : null;
            Double behaald = lbt ? benodigd + (p.route() == Route.Z_ROUTE ? -40 - r.nextInt(60) : r.nextInt(80)) : null;
            rijen.rij(
                    intakeId(p),
                    p.gemeente().code(),
                    p.id(),
                    p.asiel() ? p.vestiging().minusDays(14 + r.nextInt(30)) : null,
                    p.asiel()
                            ? "azc "
                                    + land.gemeenten
                                            .get(r.nextInt(land.gemeenten.size()))
                                            .naam()
                            : null,
                    p.asiel() ? "Medewerker COA" : null,
                    p.asiel() ? "088 000 00 00" : null,
                    p.asiel() ? "overdracht@coa.example" : null,
                    p.asiel() ? (r.nextBoolean() ? "SNELLE_START" : "GECOMBINEERDE_AANPAK") : null,
                    "Middelbare school in land van herkomst",
                    kies(r, "GEEN", "BASIS", "VO", "MBO", "HBO_WO"),
                    "Enkele jaren werkervaring",
                    "Geen bijzonderheden",
                    "Spreekt een beetje Nederlands",
                    kies(r, "WERK", "WERK", "ONDERWIJS", "PARTICIPATIE"),
                    "Wil graag aan het werk",
                    lbt ? p.vestiging().plusDays(21) : null,
                    lbt ? (p.route() == Route.Z_ROUTE ? "B1_ROUTE_NIET_HAALBAAR" : "B1_ROUTE_HAALBAAR") : null,
                    behaald,
                    benodigd,
                    p.route() == null ? null : p.route().name(),
                    p.route() == null ? null : "Past bij de uitkomst van de brede intake",
                    2);
        }
    }

    void gesprekken(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            if (!p.voorbij(Fase.INTAKE)) {
                continue;
            }
            SplittableRandom r = p.toeval(5);
            boolean tolk = r.nextInt(100) < 60;
            int volgnummer = 0;
            if (p.asiel()) {
                rijen.rij(
                        intakeId(p),
                        volgnummer++,
                        p.gemeente().code(),
                        "KENNISMAKINGSGESPREK",
                        p.vestiging().minusDays(7),
                        "Inburgeraar, consulent, COA",
                        tolk,
                        tolk ? TALEN[r.nextInt(TALEN.length)] : null,
                        "Kennismaking op het azc");
            }
            rijen.rij(
                    intakeId(p),
                    volgnummer,
                    p.gemeente().code(),
                    "INTAKEGESPREK",
                    min(p.vestiging().plusDays(14 + r.nextInt(14)), land.peildatum),
                    "Inburgeraar, consulent",
                    tolk,
                    tolk ? TALEN[r.nextInt(TALEN.length)] : null,
                    "Brede intake besproken");
        }
    }

    void nietVerschenen(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            SplittableRandom r = p.toeval(6);
            if (p.voorbij(Fase.INTAKE) && r.nextInt(100) < 4) {
                boolean geldig = r.nextBoolean();
                rijen.rij(
                        intakeId(p),
                        0,
                        p.gemeente().code(),
                        p.vestiging().plusDays(10),
                        "INTAKEGESPREK",
                        geldig,
                        geldig ? "Ziek gemeld" : null);
            }
        }
    }

    /** The PIP in force, and for about 6% the first PIP it replaced (status VERVANGEN). */
    void pips(CopyStroom rijen) throws SQLException {
        for (Persoon p : land.personen) {
            if (!p.voorbij(Fase.PIP_CONCEPT)) {
                continue;
            }
            SplittableRandom r = p.toeval(7);
            String opsteller = p.gemeente().consulent(p.consulent());
            String teamleider =
                    p.gemeente().teamleider(p.consulent() % p.gemeente().teamleiders());
            if (p.fase() == Fase.PIP_CONCEPT) {
                pip(rijen, r, p, 0, "CONCEPT", opsteller, null, tijdstip(p.intakeKlaar(), r), null);
                continue;
            }
            boolean vervangen = !p.dagtekening().equals(p.eersteDagtekening());
            if (vervangen) {
                pip(
                        rijen,
                        r,
                        p,
                        1,
                        "VERVANGEN",
                        opsteller,
                        teamleider,
                        tijdstip(p.eersteDagtekening().minusDays(7), r),
                        p.eersteDagtekening());
            }
            pip(
                    rijen,
                    r,
                    p,
                    0,
                    "VASTGESTELD",
                    opsteller,
                    teamleider,
                    tijdstip(p.dagtekening().minusDays(7), r),
                    p.dagtekening());
        }
    }

    private void pip(
            CopyStroom rijen,
            SplittableRandom r,
            Persoon p,
            int versie,
            String status,
            String opsteller,
            String vaststeller,
            String opgesteldOp,
            LocalDate dagtekening)
            throws SQLException {
        Route route = p.route();
        boolean map = route != Route.ONDERWIJSROUTE;
        boolean bijstand = p.asiel() && r.nextInt(100) < 70;
        rijen.rij(
                land.uuid("pip", p.nummer() * 2L + versie),
                p.gemeente().code(),
                p.id(),
                status,
                route.name(),
                route == Route.Z_ROUTE ? null : "B1",
                route == Route.B1_ROUTE ? 600 + r.nextInt(1000) : null,
                kies(r, "NVT", "NVT", "NVT", "ANDERS_GEALFABETISEERD", "ANALFABEET"),
                r.nextInt(10) == 0,
                "Begeleiding door de consulent",
                "Participatieverklaringstraject in het eerste jaar",
                map ? "Module Arbeidsmarkt en Participatie bij een regionale aanbieder" : null,
                2 + r.nextInt(3),
                opsteller,
                opgesteldOp,
                dagtekening,
                vaststeller,
                3,
                80,
                map ? 64 : null,
                bijstand,
                bijstand ? "Vaste lasten worden zes maanden ingehouden" : null,
                "Vrijwilligerswerk in de wijk");
    }

    private UUID intakeId(Persoon p) {
        return land.uuid("intake", p.nummer());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** PostNL issues no postcode with the letters SA, SD or SS; every S becomes a T, so none of them occurs. */
    private static String postcode(Gemeente g, int eerste, int tweede) {
        char letter = (char) ('A' + eerste);
        return postcodecijfers(g) + " " + (letter == 'S' ? 'T' : letter) + (char) ('A' + tweede);
    }

    private static String postcodecijfers(Gemeente g) {
        return String.valueOf(1000 + (g.nummer() * 23) % 8999);
    }

    private static String tijdstip(LocalDate datum, SplittableRandom r) {
        return "%s %02d:%02d:00+01".formatted(datum, 8 + r.nextInt(9), r.nextInt(60));
    }

    private static String kies(SplittableRandom r, String... keuzes) {
        return keuzes[r.nextInt(keuzes.length)];
    }
}
