package nl.openinburgering.shared;

/** The four-digit CBS code of a gemeente, such as {@code 0148} for Dalfsen. */
public record Gemeentecode(String waarde) {

    public Gemeentecode {
        if (waarde == null || !waarde.matches("\\d{4}")) {
            throw new IllegalArgumentException("Een gemeentecode bestaat uit precies 4 cijfers.");
        }
    }

    @Override
    public String toString() {
        return waarde;
    }
}
