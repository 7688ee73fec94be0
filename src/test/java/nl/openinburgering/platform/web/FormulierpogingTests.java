package nl.openinburgering.platform.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One form submission: success, or the form again with 400, 409 or 403 and what the templates show. */
class FormulierpogingTests {

    private final Formulierfouten formulierfouten = new Formulierfouten(new StaticMessageSource());
    private final ExtendedModelMap model = new ExtendedModelMap();
    private final MockHttpServletResponse antwoord = new MockHttpServletResponse();

    @Test
    void returnsTheActionsViewWhenNothingIsRefused() {
        String view = formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde())
                .verwerk(() -> "redirect:/klaar", () -> "formulier");

        assertThat(view).isEqualTo("redirect:/klaar");
        assertThat(antwoord.getStatus()).isEqualTo(200);
        assertThat(model).doesNotContainKey("fouten");
    }

    /** R3.13 refused by the domain: 400 and the message beside the form's field. */
    @Test
    void showsARuleViolationBesideItsFieldWith400() {
        String view = formulierfouten
                .bij(model, antwoord, Formuliervelden.hernoemd(Map.of("niveau", "pipNiveau")))
                .verwerk(
                        () -> {
                            throw new OngeldigeInvoer(new Veldfout("niveau", "R3.13", "Geen A2 in de onderwijsroute."));
                        },
                        () -> "formulier");

        assertThat(view).isEqualTo("formulier");
        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(model.get("fouten")).isEqualTo(Map.of("pipNiveau", "R3.13: Geen A2 in de onderwijsroute."));
    }

    @Test
    void showsAConflictAndARefusalOnTheFormOnlyWhenTheFormAsks() {
        assertThatThrownBy(() -> formulierfouten
                        .bij(model, antwoord, Formuliervelden.zelfde())
                        .verwerk(
                                () -> {
                                    throw new Conflict("versie", "Iemand anders heeft dit gewijzigd.");
                                },
                                () -> "formulier"))
                .isInstanceOf(Conflict.class);

        String view = formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde())
                .metConflict()
                .verwerk(
                        () -> {
                            throw new Conflict("versie", "Iemand anders heeft dit gewijzigd.");
                        },
                        () -> "formulier");
        assertThat(view).isEqualTo("formulier");
        assertThat(antwoord.getStatus()).isEqualTo(409);
        assertThat(model.get("conflict")).isEqualTo("Iemand anders heeft dit gewijzigd.");

        formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde())
                .metWeigering()
                .verwerk(
                        () -> {
                            throw new NietToegestaan("Vier ogen: een ander stelt vast.");
                        },
                        () -> "formulier");
        assertThat(antwoord.getStatus()).isEqualTo(403);
        assertThat(model.get("geweigerd")).isEqualTo("Vier ogen: een ander stelt vast.");
    }

    @Test
    void showsAConflictWithTheGivenCodeBesideItsField() {
        formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde())
                .metConflictBijVeld("bsn.bestaat", "bsn")
                .verwerk(
                        () -> {
                            throw new Conflict("bsn.bestaat", "Dit BSN is al ingeschreven.");
                        },
                        () -> "formulier");

        assertThat(antwoord.getStatus()).isEqualTo(409);
        assertThat(model.get("fouten")).isEqualTo(Map.of("bsn", "Dit BSN is al ingeschreven."));
        assertThat(model).doesNotContainKey("conflict");
    }
}
