package nl.openinburgering.begroting;

import java.util.List;

import nl.openinburgering.shared.Veldfout;

/** The years the begroting accepts: from the year the Wet inburgering 2021 took effect. */
final class Jaren {

    static final int EERSTE = 2021;
    static final int LAATSTE = 2100;

    private Jaren() {}

    static void controleer(int jaar, String veld, List<Veldfout> fouten) {
        if (jaar < EERSTE || jaar > LAATSTE) {
            fouten.add(new Veldfout(veld, "jaar.ongeldig", "Vul een jaar in vanaf 2021, zoals 2026."));
        }
    }
}
