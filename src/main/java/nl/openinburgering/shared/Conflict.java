package nl.openinburgering.shared;

/** The request clashes with the current state: a stale version, a duplicate, a decision already taken. */
public class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String melding) {
        super(melding);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
