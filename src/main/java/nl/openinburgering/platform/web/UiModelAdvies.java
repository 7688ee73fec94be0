package nl.openinburgering.platform.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;

/**
 * Gives every page the logged-in user, the menu of their role and the name of their gemeente, for the header
 * of the layout. The {@code gemeente} table holds no personal data and has no row-level security, so no
 * transaction is needed.
 * The name is looked up lazily, only when a template shows it: this advice also reaches the REST
 * controllers (they are {@code @Controller}s too), which render no header and should not pay for the query.
 */
@ControllerAdvice(annotations = Controller.class)
class UiModelAdvies {

    private final JdbcClient jdbc;

    UiModelAdvies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("gebruiker")
    @Nullable
    Gebruiker gebruiker() {
        return HuidigeGebruiker.huidige().orElse(null);
    }

    /** The header menu of the user's role; empty without a user (the login page shows no menu). */
    @ModelAttribute("navigatie")
    List<Navigatie.Punt> navigatie() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> Navigatie.voor(gebruiker.rol()))
                .orElse(List.of());
    }

    /** Whether the header shows the quick search; false without a user. */
    @ModelAttribute("snelZoeken")
    boolean snelZoeken() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> Navigatie.snelZoeken(gebruiker.rol()))
                .orElse(false);
    }

    @ModelAttribute("gemeenteNaam")
    LazyContextVariable<String> gemeenteNaam() {
        return new LazyContextVariable<>() {
            @Override
            protected @Nullable String loadValue() {
                return HuidigeGebruiker.huidige()
                        .flatMap(Gebruiker::gemeente)
                        .flatMap(code -> jdbc.sql("select naam from gemeente where code = ?")
                                .param(code.waarde())
                                .query(String.class)
                                .optional())
                        .orElse(null);
            }
        };
    }
}
