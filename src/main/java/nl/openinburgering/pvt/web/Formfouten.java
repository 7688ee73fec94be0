package nl.openinburgering.pvt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.openinburgering.shared.Veldfout;

/** Turns the domain's findings into the form's messages per field, with the rule ID in front when there is one. */
final class Formfouten {

    private Formfouten() {
    }

    /** @param velden the domain field name to the form field name; unknown fields go to {@code standaard} */
    static Map<String, String> perVeld(List<Veldfout> fouten, Map<String, String> velden, String standaard) {
        Map<String, String> perVeld = new LinkedHashMap<>();
        for (Veldfout fout : fouten) {
            String veld = velden.getOrDefault(fout.veld(), standaard);
            String reden = fout.code().matches("[RD]\\d+(\\.\\d+)?") ? fout.code() + ": " + fout.reden() : fout.reden();
            perVeld.merge(veld, reden, (a, b) -> a + " " + b);
        }
        return perVeld;
    }
}
