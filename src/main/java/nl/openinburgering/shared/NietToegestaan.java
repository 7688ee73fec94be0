package nl.openinburgering.shared;

/** The user may see this, but not do this (a policy such as the four-eyes principle says no): 403. */
public class NietToegestaan extends RuntimeException {

    public NietToegestaan(String melding) {
        super(melding);
    }
}
