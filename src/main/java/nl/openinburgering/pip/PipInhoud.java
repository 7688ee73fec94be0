package nl.openinburgering.pip;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.shared.Leerroute;

/**
 * What a consulent writes in a PIP (api.md "PIP"; R3.1 "PIP in brede zin"). {@code niveau} defaults to B1 for
 * the B1-route and the onderwijsroute and stays empty for the Z-route, as DUO does when it is missing (R3.13).
 * Intensities are hours; {@code ontvangtBijstand} says whether the Participatiewet parts (ontzorgen, R7.1)
 * belong in the plan.
 */
public record PipInhoud(
        Leerroute leerroute,
        @Nullable Niveau niveau,
        @Nullable Integer geschatteIntensiteitB1Route,
        Alfabetisering alfabetisering,
        boolean indicatieMagOpleidingAfmaken,
        @Nullable String begeleiding,
        @Nullable String ondersteuning,
        @Nullable String afsprakenPvt,
        @Nullable Integer intensiteitPvtUren,
        @Nullable String afsprakenMap,
        @Nullable Integer intensiteitMapUren,
        @Nullable String inburgeringsaanbod,
        boolean ontvangtBijstand,
        @Nullable String afsprakenOntzorgen,
        @Nullable String afsprakenVve,
        @Nullable String afsprakenParticipatie,
        @Nullable Integer aantalVoortgangsgesprekken,
        @Nullable String reden,
        boolean afschalingB1NietHaalbaar,
        boolean afschalingVoldoendeInspanning,
        Set<Examendeel> afschalingVaardigheden) {

    public PipInhoud {
        afschalingVaardigheden = afschalingVaardigheden == null
                ? Set.of()
                : Collections.unmodifiableSet(
                        afschalingVaardigheden.isEmpty()
                                ? EnumSet.noneOf(Examendeel.class)
                                : EnumSet.copyOf(afschalingVaardigheden));
        if (niveau == null && leerroute != null && leerroute != Leerroute.Z_ROUTE) {
            niveau = Niveau.B1;
        }
        if (alfabetisering == null) {
            alfabetisering = Alfabetisering.NVT;
        }
        begeleiding = leegIsNull(begeleiding);
        ondersteuning = leegIsNull(ondersteuning);
        afsprakenPvt = leegIsNull(afsprakenPvt);
        afsprakenMap = leegIsNull(afsprakenMap);
        inburgeringsaanbod = leegIsNull(inburgeringsaanbod);
        afsprakenOntzorgen = leegIsNull(afsprakenOntzorgen);
        afsprakenVve = leegIsNull(afsprakenVve);
        afsprakenParticipatie = leegIsNull(afsprakenParticipatie);
        reden = leegIsNull(reden);
    }

    /** The content without the findings of afschalen (R3.11): not an afschalen PIP. */
    public PipInhoud(
            Leerroute leerroute,
            @Nullable Niveau niveau,
            @Nullable Integer geschatteIntensiteitB1Route,
            Alfabetisering alfabetisering,
            boolean indicatieMagOpleidingAfmaken,
            @Nullable String begeleiding,
            @Nullable String ondersteuning,
            @Nullable String afsprakenPvt,
            @Nullable Integer intensiteitPvtUren,
            @Nullable String afsprakenMap,
            @Nullable Integer intensiteitMapUren,
            @Nullable String inburgeringsaanbod,
            boolean ontvangtBijstand,
            @Nullable String afsprakenOntzorgen,
            @Nullable String afsprakenVve,
            @Nullable String afsprakenParticipatie,
            @Nullable Integer aantalVoortgangsgesprekken,
            @Nullable String reden) {
        this(
                leerroute,
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
                false,
                false,
                Set.of());
    }

    /**
     * R3.11: the same content with the two statutory findings of afschalen (B1 is not feasible within the
     * termijn; the person made sufficient effort) and the skills it lowers to A2.
     */
    public PipInhoud metAfschaling(boolean b1NietHaalbaar, boolean voldoendeInspanning, Set<Examendeel> vaardigheden) {
        return new PipInhoud(
                leerroute,
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
                b1NietHaalbaar,
                voldoendeInspanning,
                vaardigheden);
    }

    /** The content as api.md first fixed it, without the R3.1 additions. */
    public PipInhoud(
            Leerroute leerroute,
            @Nullable Niveau niveau,
            @Nullable Integer geschatteIntensiteitB1Route,
            Alfabetisering alfabetisering,
            boolean indicatieMagOpleidingAfmaken,
            @Nullable String begeleiding,
            @Nullable String afsprakenPvt,
            @Nullable String afsprakenMap,
            @Nullable Integer aantalVoortgangsgesprekken,
            @Nullable String reden) {
        this(
                leerroute,
                niveau,
                geschatteIntensiteitB1Route,
                alfabetisering,
                indicatieMagOpleidingAfmaken,
                begeleiding,
                null,
                afsprakenPvt,
                null,
                afsprakenMap,
                null,
                null,
                false,
                null,
                null,
                null,
                aantalVoortgangsgesprekken,
                reden);
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
