package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Veldfout;

/**
 * The warme overdracht from the COA. R12.2: the koppeling date (COA couples the permit holder to the gemeente);
 * R12.4: the gemeente's role starts there, so it may be registered before the person is housed; R12.5: the
 * chosen scenario.
 */
public record Overdracht(
        @Nullable LocalDate koppelingsdatum,
        @Nullable String azcLocatie,
        @Nullable String coaContactpersoon,
        @Nullable String coaTelefoon,
        @Nullable String coaEmail,
        @Nullable Overdrachtsscenario scenario) {

    public static final Overdracht LEEG = new Overdracht(null, null, null, null, null, null);

    /**
     * R12.2, R12.4, R12.5: as the form or JSON sends it, every problem at once, the koppeling not after {@code
     * vandaag} (today by the application's clock).
     */
    public static Overdracht op(
            LocalDate vandaag,
            @Nullable LocalDate koppelingsdatum,
            @Nullable String azcLocatie,
            @Nullable String coaContactpersoon,
            @Nullable String coaTelefoon,
            @Nullable String coaEmail,
            @Nullable Overdrachtsscenario scenario) {
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.nietInToekomst(fouten, "koppelingsdatum", koppelingsdatum, vandaag);
        return Invoer.metDatumfouten(
                fouten,
                () -> new Overdracht(koppelingsdatum, azcLocatie, coaContactpersoon, coaTelefoon, coaEmail, scenario));
    }

    /** R12.2: the facade's check with its clock, for an overdracht not built by {@link #op}. */
    void nietInToekomst(LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.nietInToekomst(fouten, "koppelingsdatum", koppelingsdatum, vandaag);
        Invoer.geldig(fouten);
    }

    /** R12.4, R12.5: an e-mail address looks like one; the date is checked against today by {@link #op}. */
    public Overdracht {
        azcLocatie = Invoer.tekst(azcLocatie);
        coaContactpersoon = Invoer.tekst(coaContactpersoon);
        coaTelefoon = Invoer.tekst(coaTelefoon);
        coaEmail = Invoer.tekst(coaEmail);
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.lengte(fouten, "azcLocatie", azcLocatie);
        Invoer.lengte(fouten, "coaContactpersoon", coaContactpersoon);
        if (coaTelefoon != null && !coaTelefoon.matches("[+0-9 ()-]{6,20}")) {
            fouten.add(new Veldfout(
                    "coaTelefoon", "telefoon.formaat", "Vul een telefoonnummer in, bijvoorbeeld 088 715 7000."));
        }
        if (coaEmail != null && !coaEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fouten.add(new Veldfout("coaEmail", "email.formaat", "Vul een e-mailadres in, bijvoorbeeld naam@coa.nl."));
        }
        Invoer.geldig(fouten);
    }
}
