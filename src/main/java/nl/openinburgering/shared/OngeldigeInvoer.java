package nl.openinburgering.shared;

import java.util.List;

/** The input breaks one or more checks or rules; the API answers 400 with one invalidParams entry each. */
public class OngeldigeInvoer extends RuntimeException {

    private final List<Veldfout> fouten;

    public OngeldigeInvoer(List<Veldfout> fouten) {
        super("Ongeldige invoer: " + fouten.stream().map(Veldfout::veld).toList());
        this.fouten = List.copyOf(fouten);
    }

    public OngeldigeInvoer(Veldfout fout) {
        this(List.of(fout));
    }

    public List<Veldfout> fouten() {
        return fouten;
    }
}
