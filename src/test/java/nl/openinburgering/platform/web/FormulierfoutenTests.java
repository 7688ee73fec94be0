package nl.openinburgering.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;

/** The one adapter from the domain's findings to the messages beside a form's fields and to invalidParams. */
class FormulierfoutenTests {

    private final StaticMessageSource berichten = new StaticMessageSource();
    private final Formulierfouten formulierfouten = new Formulierfouten(berichten);

    @AfterEach
    void taalTerug() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** R3.13 and D4 are rule IDs and stand in front of the text; an error code such as bsn.elfproef does not. */
    @Test
    void putsTheRuleIdInFrontOfARuleViolationOnly() {
        Map<String, String> perVeld = formulierfouten.perVeld(
                List.of(
                        new Veldfout("niveau", "R3.13", "De onderwijsroute kent geen niveau A2."),
                        new Veldfout("kosten", "D4", "De kosten gaan boven het budget."),
                        new Veldfout("bsn", "bsn.elfproef", "Dit is geen geldig BSN.")),
                Formuliervelden.zelfde());

        assertThat(perVeld)
                .containsExactly(
                        Map.entry("niveau", "R3.13: De onderwijsroute kent geen niveau A2."),
                        Map.entry("kosten", "D4: De kosten gaan boven het budget."),
                        Map.entry("bsn", "Dit is geen geldig BSN."));
    }

    /** R5.2 and R5.3 both about the signing: renamed for the form, the rest to the form's main field, together. */
    @Test
    void mapsDomainFieldsToFormFieldsAndShowsSeveralFindingsOnOneFieldTogether() {
        Formuliervelden velden = Formuliervelden.van(Map.of("datum", "pvtOndertekeningDatum"), "pvtOndertekeningDatum");

        Map<String, String> perVeld = formulierfouten.perVeld(
                List.of(
                        new Veldfout("uren", "R5.2", "Te weinig uren."),
                        new Veldfout("activiteit", "R5.3", "Geen activiteit."),
                        new Veldfout("datum", "verplicht", "Vul de datum in.")),
                velden);

        assertThat(perVeld)
                .containsExactly(Map.entry(
                        "pvtOndertekeningDatum", "R5.2: Te weinig uren. R5.3: Geen activiteit. Vul de datum in."));
    }

    @Test
    void putsAFindingAboutOneItemOfAListOnTheListsField() {
        Map<String, String> perVeld = formulierfouten.perVeld(
                List.of(
                        new Veldfout("inburgeraarIds[2]", "niet.gevonden", "Deze inburgeraar bestaat niet."),
                        new Veldfout("consulent", "consulent.onbekend", "Kies een consulent.")),
                Formuliervelden.hernoemd(Map.of("consulent", "naarConsulent")));

        assertThat(perVeld).containsOnlyKeys("inburgeraarIds", "naarConsulent");
    }

    @Test
    void ordersTheMessagesAsTheFormOrdersItsFields() {
        Map<String, String> perVeld = formulierfouten.perVeld(
                List.of(
                        new Veldfout("postcode", "postcode.formaat", "Postcode zoals 7721 AB."),
                        new Veldfout("bsn", "verplicht", "Vul het BSN in.")),
                Formuliervelden.zelfde().inVolgorde(List.of("bsn", "voornamen", "postcode")));

        assertThat(perVeld.keySet()).containsExactly("bsn", "postcode");
    }

    /** R6.2: the bundle's text for the rule on this field, in the user's language; the domain's text otherwise. */
    @Test
    void takesTheTextFromTheBundleByCodeAndFieldWithTheDomainsReasonAsFallback() {
        berichten.addMessage("fout.R6.2.reden", Locale.ENGLISH, "Give the reason for the waiver.");
        berichten.addMessage("fout.bsn.elfproef", Locale.ENGLISH, "This is not a valid BSN.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        Map<String, String> perVeld = formulierfouten.perVeld(
                List.of(
                        new Veldfout("reden", "R6.2", "Geef de reden van de vrijstelling."),
                        new Veldfout("bsn", "bsn.elfproef", "Dit is geen geldig BSN."),
                        new Veldfout("thema", "R6.2", "Kies een van de acht thema's.")),
                Formuliervelden.zelfde());

        assertThat(perVeld)
                .containsExactly(
                        Map.entry("reden", "R6.2: Give the reason for the waiver."),
                        Map.entry("bsn", "This is not a valid BSN."),
                        Map.entry("thema", "R6.2: Kies een van de acht thema's."));
    }

    /** R3.13 in the API: the domain's field name, the code apart, the Dutch text whatever the client's language. */
    @Test
    void givesTheApiTheFieldTheCodeAndTheDutchReason() {
        berichten.addMessage("fout.R3.13", Locale.ENGLISH, "The education route has no level A2.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formulierfouten.invalidParams(
                        List.of(new Veldfout("niveau", "R3.13", "De onderwijsroute kent geen niveau A2."))))
                .containsExactly(
                        Map.of("name", "niveau", "code", "R3.13", "reason", "De onderwijsroute kent geen niveau A2."));
    }
}
