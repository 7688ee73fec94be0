package nl.openinburgering.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Veldfout;

/**
 * R2.4: the leerbaarheidstoets as DUO reports it (date of registration, result, achieved and required score in
 * the format {@code 999,99}), or R1.10: the gemeente's exemption from it, with its reason. Never both.
 */
public record Leerbaarheidstoets(
        @Nullable LocalDate aanmeldingsdatum,
        @Nullable LbtResultaat resultaat,
        @Nullable BigDecimal behaaldeScore,
        @Nullable BigDecimal benodigdeScore,
        @Nullable LbtOntheffing ontheffing,
        @Nullable String ontheffingReden) {

    public static final Leerbaarheidstoets LEEG = new Leerbaarheidstoets(null, null, null, null, null, null);

    /** R2.4: the highest score DUO's format {@code 999,99} can hold. */
    static final BigDecimal HOOGSTE_SCORE = new BigDecimal("999.99");

    /**
     * R2.4: as the form or JSON sends it, every problem at once, the registration not after {@code vandaag}
     * (today by the application's clock).
     */
    public static Leerbaarheidstoets op(
            LocalDate vandaag,
            @Nullable LocalDate aanmeldingsdatum,
            @Nullable LbtResultaat resultaat,
            @Nullable BigDecimal behaaldeScore,
            @Nullable BigDecimal benodigdeScore,
            @Nullable LbtOntheffing ontheffing,
            @Nullable String ontheffingReden) {
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.nietInToekomst(fouten, "aanmeldingsdatum", aanmeldingsdatum, vandaag);
        return Invoer.metDatumfouten(
                fouten,
                () -> new Leerbaarheidstoets(
                        aanmeldingsdatum, resultaat, behaaldeScore, benodigdeScore, ontheffing, ontheffingReden));
    }

    /** R2.4: the facade's check with its clock, for a toets not built by {@link #op}. */
    void nietInToekomst(LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.nietInToekomst(fouten, "aanmeldingsdatum", aanmeldingsdatum, vandaag);
        Invoer.geldig(fouten);
    }

    /**
     * R2.4: scores fit {@code 999,99} (not negative, at most two decimals); the date is checked by {@link #op}.
     * R1.10: an exemption (visual impairment, or auditory impairment and unable to follow the instructions)
     * has a reason and excludes a result.
     */
    public Leerbaarheidstoets {
        ontheffingReden = Invoer.tekst(ontheffingReden);
        List<Veldfout> fouten = new ArrayList<>();
        score(fouten, "behaaldeScore", behaaldeScore);
        score(fouten, "benodigdeScore", benodigdeScore);
        if (ontheffing != null) {
            if (resultaat != null || behaaldeScore != null || benodigdeScore != null) {
                fouten.add(new Veldfout(
                        "ontheffing",
                        "R1.10",
                        "Kies een uitslag van de leerbaarheidstoets of een ontheffing ervan, niet allebei."));
            }
            if (ontheffingReden == null) {
                fouten.add(new Veldfout("ontheffingReden", "R1.10", "Beschrijf waarom de ontheffing geldt."));
            }
        } else if (ontheffingReden != null) {
            fouten.add(new Veldfout("ontheffing", "R1.10", "Kies de grond van de ontheffing bij de reden."));
        }
        if (resultaat == LbtResultaat.ONBEKEND && (behaaldeScore != null || benodigdeScore != null)) {
            fouten.add(new Veldfout("resultaat", "R2.4", "Bij de uitslag Onbekend horen geen scores."));
        }
        Invoer.lengte(fouten, "ontheffingReden", ontheffingReden);
        Invoer.geldig(fouten);
    }

    private static void score(List<Veldfout> fouten, String veld, @Nullable BigDecimal score) {
        if (score == null) {
            return;
        }
        if (score.signum() < 0
                || score.compareTo(HOOGSTE_SCORE) > 0
                || score.stripTrailingZeros().scale() > 2) {
            fouten.add(new Veldfout(
                    veld, "R2.4", "Vul een score in van 0 tot en met 999,99, met hoogstens twee decimalen."));
        }
    }

    public boolean vrijgesteld() {
        return ontheffing != null;
    }
}
