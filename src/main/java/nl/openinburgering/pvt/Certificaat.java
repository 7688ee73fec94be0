package nl.openinburgering.pvt;

/** The content of the PVT certificate: to whom, and the signing with the text that was signed. */
public record Certificaat(String naam, Ondertekening ondertekening) {

    @Override
    public String toString() {
        return "Certificaat[" + ondertekening.inburgeraarId() + "]";
    }
}
