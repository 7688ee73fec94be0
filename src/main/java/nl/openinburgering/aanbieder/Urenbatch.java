package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A batch of hour lines checked as a whole: all lines are good, or the batch is refused with one problem per
 * bad line ({@code regels[3].uren}). Pure: the provider's deelnames and today's date come in as arguments.
 */
public final class Urenbatch {

    /** At most a whole day per line: a line is one day of one kind. */
    public static final BigDecimal MAXIMUM_UREN = new BigDecimal("24");
    /** More problems than this are not listed one by one: the file is wrong as a whole. */
    static final int MAXIMUM_FOUTEN = 1000;

    private final List<Urenregel> regels;
    private final List<Veldfout> fouten;

    private Urenbatch(List<Urenregel> regels, List<Veldfout> fouten) {
        this.regels = List.copyOf(regels);
        this.fouten = List.copyOf(fouten);
    }

    /** The good lines (all of them when {@link #isGoed()}); a bad line has no entry. */
    public List<Urenregel> regels() {
        return regels;
    }

    /** One problem per bad line, in line order; its field is {@code regels[i].veld} (i from 0). */
    public List<Veldfout> fouten() {
        return fouten;
    }

    public boolean isGoed() {
        return fouten.isEmpty() && !regels.isEmpty();
    }

    /**
     * R4.7: a batch is stored whole or not at all. Refuses (400) an empty batch, and a batch with bad lines with
     * one problem per line, the first {@value #MAXIMUM_FOUTEN} of them: beyond that the file is wrong as a whole.
     */
    public void vereistGoed() {
        if (regels.isEmpty() && fouten.isEmpty()) {
            throw new OngeldigeInvoer(new Veldfout("regels", "verplicht", "Stuur ten minste één uurregel."));
        }
        if (!fouten.isEmpty()) {
            List<Veldfout> getoond = fouten;
            if (getoond.size() > MAXIMUM_FOUTEN) {
                getoond = new ArrayList<>(fouten.subList(0, MAXIMUM_FOUTEN));
                getoond.add(new Veldfout(
                        "regels",
                        "regels.teVeelFouten",
                        "Er zijn meer dan " + MAXIMUM_FOUTEN + " foute regels; alleen de eerste " + MAXIMUM_FOUTEN
                                + " staan hierboven."));
            }
            throw new OngeldigeInvoer(getoond);
        }
    }

    /**
     * The stored batch as events: one {@link UrenGemeld} per gemeente concerned, with the people whose hours
     * changed. Ids only.
     */
    public List<UrenGemeld> gemeld(UUID uploadId, UUID aanbiederId, Map<UUID, Deelname> deelnames) {
        return regels.stream()
                .map(r -> deelnames.get(r.deelnameId()))
                .distinct()
                .collect(Collectors.groupingBy(
                        Deelname::gemeentecode,
                        LinkedHashMap::new,
                        Collectors.mapping(Deelname::inburgeraarId, Collectors.toSet())))
                .entrySet()
                .stream()
                .map(e -> new UrenGemeld(uploadId, aanbiederId, e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * R4.7: checks each line. A deelname that is unknown or of another provider is a bad line; the date may
     * not lie in the future or outside the deelname; R3.11, R4.5: the kind of hours must fit the kind of deelname
     * ({@link Deelnamesoort#staatToe}: language and KNM lessons on a language enrolment only), so that no line of
     * another kind is counted toward the 600 or 800 hours; 0 &lt; uren &le; 24 with at most two decimals (a decimal
     * point or, as Dutch spreadsheets write it, a decimal comma); an absence
     * needs a {@link Verzuimreden}, an attended line may not have one.
     *
     * @param deelnames the provider's deelnames by id
     */
    public static Urenbatch controleer(List<RuweUrenregel> ruw, Map<UUID, Deelname> deelnames, LocalDate vandaag) {
        List<Urenregel> goed = new ArrayList<>();
        List<Veldfout> fouten = new ArrayList<>();
        for (int i = 0; i < ruw.size(); i++) {
            Uitkomst uitkomst = regel(ruw.get(i), deelnames, vandaag);
            if (uitkomst.regel() != null) {
                goed.add(uitkomst.regel());
            } else {
                Veldfout fout = Objects.requireNonNull(uitkomst.fout());
                fouten.add(new Veldfout("regels[" + i + "]." + fout.veld(), fout.code(), fout.reden()));
            }
        }
        return new Urenbatch(goed, fouten);
    }

    /**
     * The SHA-256 of the lines as sent (each field stripped of surrounding blanks): the same body gives the same
     * hash, in JSON or CSV alike; any other value, even "3" for "3.0", is another body.
     */
    public static String hash(List<RuweUrenregel> ruw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder regel = new StringBuilder(128);
            for (RuweUrenregel r : ruw) {
                regel.setLength(0);
                for (String veld :
                        new String[] {r.deelnameId(), r.datum(), r.soort(), r.uren(), r.aanwezig(), r.verzuimreden()}) {
                    regel.append(veld == null ? "" : veld.strip()).append('\u001f');
                }
                sha.update(regel.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    private static Uitkomst regel(RuweUrenregel r, Map<UUID, Deelname> deelnames, LocalDate vandaag) {
        UUID deelnameId;
        try {
            deelnameId = UUID.fromString(gestript(r.deelnameId()));
        } catch (IllegalArgumentException fout) {
            return fout("deelnameId", "deelname.onbekend", "Vul een geldige deelname-id in.");
        }
        Deelname deelname = deelnames.get(deelnameId);
        if (deelname == null) {
            return fout(
                    "deelnameId", "deelname.onbekend", "Deze deelname is onbekend of hoort niet bij uw organisatie.");
        }
        LocalDate datum;
        try {
            datum = LocalDate.parse(gestript(r.datum()));
        } catch (DateTimeParseException fout) {
            return fout("datum", "datum.ongeldig", "Vul de datum in als JJJJ-MM-DD.");
        }
        if (datum.isAfter(vandaag)) {
            return fout("datum", "datum.toekomst", "De datum ligt in de toekomst.");
        }
        if (!deelname.looptOp(datum)) {
            return fout("datum", "datum.buitenDeelname", "De datum ligt buiten de looptijd van de deelname.");
        }
        Urensoort soort = waarde(Urensoort.class, r.soort());
        if (soort == null) {
            return fout(
                    "soort",
                    "soort.ongeldig",
                    "Kies een soort uren: TAALLES_KNM, PARTICIPATIE, "
                            + "TAALLES_KNM_BREDE_INTAKE, PARTICIPATIE_BREDE_INTAKE, MAP_PRAKTIJK, MAP_THEMA of PVT.");
        }
        if (!deelname.soort().staatToe(soort)) {
            return fout(
                    "soort",
                    "urensoort.deelnamesoort",
                    "Uren van de soort " + soort + " horen niet bij een deelname van de soort " + deelname.soort()
                            + ": taalles en KNM alleen bij een leerroute, participatie bij participatie, MAP-uren"
                            + " bij MAP en PVT-uren bij PVT.");
        }
        BigDecimal uren = uren(r.uren());
        if (uren == null) {
            return fout(
                    "uren", "uren.ongeldig", "Het aantal uren ligt tussen 0,01 en 24, met hoogstens twee decimalen.");
        }
        String aanwezigTekst = gestript(r.aanwezig()).toLowerCase();
        if (!aanwezigTekst.equals("true") && !aanwezigTekst.equals("false")) {
            return fout("aanwezig", "aanwezig.ongeldig", "Vul bij aanwezig true of false in.");
        }
        boolean aanwezig = aanwezigTekst.equals("true");
        if (aanwezig && !leeg(r.verzuimreden())) {
            return fout(
                    "verzuimreden",
                    "verzuimreden.nietToegestaan",
                    "Laat de verzuimreden leeg als de deelnemer aanwezig was.");
        }
        Verzuimreden reden = aanwezig ? null : waarde(Verzuimreden.class, r.verzuimreden());
        if (!aanwezig && reden == null) {
            return fout(
                    "verzuimreden",
                    "verzuimreden.verplicht",
                    "Vul bij afwezigheid de verzuimreden in: ZIEK, AFGEMELD, ONGEOORLOOFD of OVERIG.");
        }
        return new Uitkomst(new Urenregel(deelnameId, datum, soort, uren, aanwezig, reden), null);
    }

    /** Accepts the Dutch decimal comma ("2,5") as well as the point ("2.5"), never both in one value. */
    private static @Nullable BigDecimal uren(@Nullable String tekst) {
        try {
            String waarde = tekst == null ? "" : tekst.strip();
            if (waarde.contains(",") && !waarde.contains(".")) {
                waarde = waarde.replace(',', '.');
            }
            BigDecimal uren = new BigDecimal(waarde);
            boolean goed = uren.signum() > 0
                    && uren.compareTo(MAXIMUM_UREN) <= 0
                    && uren.stripTrailingZeros().scale() <= 2;
            return goed ? uren : null;
        } catch (NumberFormatException fout) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E waarde(Class<E> soort, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst.strip());
        } catch (IllegalArgumentException fout) {
            return null;
        }
    }

    /** The text without surrounding blanks, or "" for a missing one. */
    private static String gestript(@Nullable String tekst) {
        return tekst == null ? "" : tekst.strip();
    }

    private static boolean leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static Uitkomst fout(String veld, String code, String reden) {
        return new Uitkomst(null, new Veldfout(veld, code, reden));
    }

    /** A line is either good or has its first problem. */
    private record Uitkomst(
            @Nullable Urenregel regel, @Nullable Veldfout fout) {}
}
