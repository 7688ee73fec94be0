package nl.openinburgering.platform.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * One form submission: the action, and the form page again when the domain refuses it. A rule violation
 * gives 400 with the messages per field in {@code fouten}. A conflict (409, {@code conflict}) and a refusal
 * under a policy (403, {@code geweigerd}) come back on the form only when the form asks for it; otherwise
 * they go on to the error page, as before.
 */
public final class Formulierpoging {

    private final Formulierfouten fouten;
    private final Model model;
    private final HttpServletResponse antwoord;
    private final Formuliervelden velden;
    private boolean conflictOpFormulier;
    private @Nullable String conflictcode;
    private @Nullable String conflictveld;
    private boolean weigeringOpFormulier;

    Formulierpoging(Formulierfouten fouten, Model model, HttpServletResponse antwoord, Formuliervelden velden) {
        this.fouten = fouten;
        this.model = model;
        this.antwoord = antwoord;
        this.velden = velden;
    }

    /** A conflict (a stale version, a decision already taken) is shown above the form with 409. */
    public Formulierpoging metConflict() {
        conflictOpFormulier = true;
        return this;
    }

    /** A conflict with this code belongs beside one field (a duplicate BSN), the others above the form. */
    public Formulierpoging metConflictBijVeld(String code, String veld) {
        conflictOpFormulier = true;
        conflictcode = code;
        conflictveld = veld;
        return this;
    }

    /** A refusal under the gemeente's policy (the four-eyes principle) is shown on the form with 403. */
    public Formulierpoging metWeigering() {
        weigeringOpFormulier = true;
        return this;
    }

    /**
     * @param handeling the action; returns the view after success (usually a redirect)
     * @param formulier fills the model for the form page and returns its view, after a refusal
     */
    public String verwerk(Supplier<String> handeling, Supplier<String> formulier) {
        try {
            return handeling.get();
        } catch (OngeldigeInvoer ongeldig) {
            antwoord.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fouten", fouten.perVeld(ongeldig.fouten(), velden));
        } catch (Conflict conflict) {
            if (!conflictOpFormulier) {
                throw conflict;
            }
            antwoord.setStatus(HttpStatus.CONFLICT.value());
            conflict(conflict);
        } catch (NietToegestaan geweigerd) {
            if (!weigeringOpFormulier) {
                throw geweigerd;
            }
            antwoord.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("geweigerd", geweigerd.getMessage());
        }
        return formulier.get();
    }

    private void conflict(Conflict conflict) {
        String veld = conflictveld;
        if (veld != null && conflict.code().equals(conflictcode)) {
            model.addAttribute(
                    "fouten", fouten.perVeld(List.of(new Veldfout(veld, conflict.code(), conflict.melding())), velden));
        } else {
            model.addAttribute("conflict", conflict.melding());
        }
    }
}
