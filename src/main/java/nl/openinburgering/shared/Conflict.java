package nl.openinburgering.shared;

/** The request clashes with the current state: a stale version, a duplicate, a decision already taken. */
public class Conflict extends RuntimeException {

    private final String code;
    private final String melding;

    public Conflict(String code, String melding) {
        super(melding);
        this.code = code;
        this.melding = melding;
    }

    /** The message, never null (unlike {@link #getMessage()} of an exception in general). */
    public String melding() {
        return melding;
    }

    public String code() {
        return code;
    }
}
