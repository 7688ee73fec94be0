package nl.openinburgering.pip.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.pip.Alfabetisering;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipInhoud;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Veldfout;

/**
 * The PIP editor as the browser sends it: every field as text, so a number that is not a number becomes a
 * message next to its field. {@link PipInhoud} and the domain's rules do the real validation.
 */
record PipFormulier(
        @Nullable String leerroute,
        @Nullable String niveau,
        @Nullable String geschatteIntensiteitB1Route,
        @Nullable String alfabetisering,
        @Nullable String indicatieMagOpleidingAfmaken,
        @Nullable String begeleiding,
        @Nullable String ondersteuning,
        @Nullable String afsprakenPvt,
        @Nullable String intensiteitPvtUren,
        @Nullable String afsprakenMap,
        @Nullable String intensiteitMapUren,
        @Nullable String inburgeringsaanbod,
        @Nullable String ontvangtBijstand,
        @Nullable String afsprakenOntzorgen,
        @Nullable String afsprakenVve,
        @Nullable String afsprakenParticipatie,
        @Nullable String aantalVoortgangsgesprekken,
        @Nullable String reden,
        @Nullable Long versie,
        @Nullable String afschalingB1NietHaalbaar,
        @Nullable String afschalingVoldoendeInspanning,
        @Nullable List<String> afschalingVaardigheden) {

    /** The fields in form order: the error summary and the live check follow it. */
    static final List<String> VELDEN = List.of(
            "leerroute",
            "niveau",
            "geschatteIntensiteitB1Route",
            "alfabetisering",
            "indicatieMagOpleidingAfmaken",
            "begeleiding",
            "ondersteuning",
            "afsprakenPvt",
            "intensiteitPvtUren",
            "afsprakenMap",
            "intensiteitMapUren",
            "inburgeringsaanbod",
            "ontvangtBijstand",
            "afsprakenOntzorgen",
            "afsprakenVve",
            "afsprakenParticipatie",
            "aantalVoortgangsgesprekken",
            "reden",
            "afschalingB1NietHaalbaar",
            "afschalingVoldoendeInspanning",
            "afschalingVaardigheden");

    /** R3.11: the skills afschalen can lower, in DUO's order (KNM has no level). */
    static final List<String> VAARDIGHEDEN = List.of("LE", "LU", "SC", "SP");

    static PipFormulier leeg() {
        return new PipFormulier(
                "", "", "", "NVT", null, "", "", "", "", "", "", "", null, "", "", "", "", "", null, null, null,
                List.of());
    }

    /** The same form with the leerroute filled in (the intake's route choice), the other fields untouched. */
    PipFormulier metLeerroute(String route) {
        return new PipFormulier(
                route,
                niveau,
                geschatteIntensiteitB1Route,
                alfabetisering,
                indicatieMagOpleidingAfmaken,
                begeleiding,
                ondersteuning,
                afsprakenPvt,
                intensiteitPvtUren,
                afsprakenMap,
                intensiteitMapUren,
                inburgeringsaanbod,
                ontvangtBijstand,
                afsprakenOntzorgen,
                afsprakenVve,
                afsprakenParticipatie,
                aantalVoortgangsgesprekken,
                reden,
                versie,
                afschalingB1NietHaalbaar,
                afschalingVoldoendeInspanning,
                afschalingVaardigheden);
    }

    static PipFormulier van(Pip pip) {
        return new PipFormulier(
                naam(pip.leerroute()),
                naam(pip.niveau()),
                tekst(pip.geschatteIntensiteitB1Route()),
                naam(pip.alfabetisering()),
                vinkje(pip.indicatieMagOpleidingAfmaken()),
                pip.begeleiding(),
                pip.ondersteuning(),
                pip.afsprakenPvt(),
                tekst(pip.intensiteitPvtUren()),
                pip.afsprakenMap(),
                tekst(pip.intensiteitMapUren()),
                pip.inburgeringsaanbod(),
                vinkje(pip.ontvangtBijstand()),
                pip.afsprakenOntzorgen(),
                pip.afsprakenVve(),
                pip.afsprakenParticipatie(),
                tekst(pip.aantalVoortgangsgesprekken()),
                pip.reden(),
                pip.versie(),
                vinkje(pip.afschalingB1NietHaalbaar()),
                vinkje(pip.afschalingVoldoendeInspanning()),
                pip.afschalingVaardigheden().stream().map(Enum::name).toList());
    }

    /**
     * The content, with what could not be read reported in {@code fouten} and left empty.
     *
     * <p>NullAway is silenced here only: a draft's content may lack its leerroute while it is being written, and
     * {@code PipRegels.inhoud} refuses that ("verplicht") before a PIP is stored or compared; an empty
     * alfabetisering becomes {@code NVT} in {@link PipInhoud}'s constructor. Declaring {@code PipInhoud.leerroute}
     * {@code @Nullable} would instead burden every reader of a stored PIP, where it is never empty.
     */
    @SuppressWarnings("NullAway")
    PipInhoud inhoud(List<Veldfout> fouten) {
        return new PipInhoud(
                keuze(Leerroute.class, "leerroute", leerroute, fouten),
                keuze(Niveau.class, "niveau", niveau, fouten),
                getal("geschatteIntensiteitB1Route", geschatteIntensiteitB1Route, fouten),
                keuze(Alfabetisering.class, "alfabetisering", alfabetisering, fouten),
                aan(indicatieMagOpleidingAfmaken),
                begeleiding,
                ondersteuning,
                afsprakenPvt,
                getal("intensiteitPvtUren", intensiteitPvtUren, fouten),
                afsprakenMap,
                getal("intensiteitMapUren", intensiteitMapUren, fouten),
                inburgeringsaanbod,
                aan(ontvangtBijstand),
                afsprakenOntzorgen,
                afsprakenVve,
                afsprakenParticipatie,
                getal("aantalVoortgangsgesprekken", aantalVoortgangsgesprekken, fouten),
                reden,
                aan(afschalingB1NietHaalbaar),
                aan(afschalingVoldoendeInspanning),
                vaardigheden(fouten));
    }

    /** R3.11: whether the skill is ticked (for the editor's checkboxes). */
    public boolean afgeschaald(String vaardigheid) {
        return afschalingVaardigheden != null && afschalingVaardigheden.contains(vaardigheid);
    }

    private Set<Examendeel> vaardigheden(List<Veldfout> fouten) {
        Set<Examendeel> gekozen = EnumSet.noneOf(Examendeel.class);
        if (afschalingVaardigheden == null) {
            return gekozen;
        }
        for (String waarde : afschalingVaardigheden) {
            Examendeel deel = keuze(Examendeel.class, "afschalingVaardigheden", waarde, fouten);
            if (deel != null) {
                gekozen.add(deel);
            }
        }
        return gekozen;
    }

    private static <E extends Enum<E>> @Nullable E keuze(
            Class<E> soort, String veld, @Nullable String waarde, List<Veldfout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.strip());
        } catch (IllegalArgumentException onbekend) {
            fouten.add(new Veldfout(veld, "keuze.onbekend", "Kies een van de mogelijkheden."));
            return null;
        }
    }

    private static @Nullable Integer getal(String veld, @Nullable String waarde, List<Veldfout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(waarde.strip());
        } catch (NumberFormatException onleesbaar) {
            fouten.add(new Veldfout(veld, "getal.formaat", "Vul een heel getal in, zoals 12."));
            return null;
        }
    }

    private static boolean aan(@Nullable String vinkje) {
        return "true".equals(vinkje) || "on".equals(vinkje);
    }

    private static @Nullable String vinkje(boolean aan) {
        return aan ? "true" : null;
    }

    private static String naam(@Nullable Enum<?> waarde) {
        return waarde == null ? "" : waarde.name();
    }

    private static String tekst(@Nullable Integer getal) {
        return getal == null ? "" : getal.toString();
    }
}
