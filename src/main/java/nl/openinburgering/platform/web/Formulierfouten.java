package nl.openinburgering.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.openinburgering.shared.Veldfout;

/**
 * The one way from a rule violation to the screen: the messages beside a form's fields and the
 * {@code invalidParams} of a problem+json answer both come from here. A rule violation shows its rule ID in
 * front ("R3.13: …") so the user can look the rule up. The text comes from the message bundle under
 * {@code fout.<code>.<field>} or {@code fout.<code>} when the bundle has it (so it can be translated), else
 * the domain's own Dutch reason: one rule may be broken in different ways on different fields, and the
 * domain's sentence is the right one until someone writes a bundle text for it.
 */
@Component
public class Formulierfouten {

    private static final Pattern REGEL = Pattern.compile("[RD]\\d+(\\.\\d+)?");

    private final MessageSource berichten;

    public Formulierfouten(MessageSource berichten) {
        this.berichten = berichten;
    }

    /** The text of a finding in the given language, without the rule ID. */
    public String reden(Veldfout fout, Locale taal) {
        String[] sleutels = {"fout." + fout.code() + "." + fout.veld(), "fout." + fout.code()};
        return berichten.getMessage(new DefaultMessageSourceResolvable(sleutels, fout.reden()), taal);
    }

    /** The text beside a field: the rule ID in front when the code is one ({@code R3.13}, {@code D4}). */
    public String melding(Veldfout fout, Locale taal) {
        String reden = reden(fout, taal);
        return REGEL.matcher(fout.code()).matches() ? fout.code() + ": " + reden : reden;
    }

    /**
     * One message per form field in the language of the request; several findings on one field are shown
     * together, in form order when the form gives one.
     */
    public Map<String, String> perVeld(List<Veldfout> fouten, Formuliervelden velden) {
        Locale taal = LocaleContextHolder.getLocale();
        Map<String, String> perVeld = new LinkedHashMap<>();
        for (Veldfout fout : fouten) {
            String melding = melding(fout, taal);
            perVeld.merge(
                    velden.formulierveld(fout.veld()),
                    melding,
                    (eerder, nieuw) -> eerder.contains(nieuw) ? eerder : eerder + " " + nieuw);
        }
        return inVolgorde(perVeld, velden.volgorde());
    }

    /**
     * The {@code invalidParams} of the API: the domain's field name, the code apart and the reason in Dutch,
     * whatever the client's language (api.md: the API speaks Dutch).
     */
    public List<Map<String, String>> invalidParams(List<Veldfout> fouten) {
        return fouten.stream()
                .map(fout -> {
                    Map<String, String> param = new LinkedHashMap<>();
                    param.put("name", fout.veld());
                    param.put("code", fout.code());
                    param.put("reason", reden(fout, TaalConfiguratie.NEDERLANDS));
                    return param;
                })
                .toList();
    }

    /** A form submission whose rule violations come back on the form (400) instead of on an error page. */
    public Formulierpoging bij(Model model, HttpServletResponse antwoord, Formuliervelden velden) {
        return new Formulierpoging(this, model, antwoord, velden);
    }

    private static Map<String, String> inVolgorde(Map<String, String> perVeld, List<String> volgorde) {
        if (volgorde.isEmpty()) {
            return perVeld;
        }
        Comparator<String> formulierorde = Comparator.comparingInt(veld -> {
            int plaats = volgorde.indexOf(veld);
            return plaats < 0 ? Integer.MAX_VALUE : plaats;
        });
        Map<String, String> geordend = new LinkedHashMap<>();
        perVeld.keySet().stream().sorted(formulierorde).forEach(veld -> geordend.put(veld, perVeld.get(veld)));
        return geordend;
    }
}
