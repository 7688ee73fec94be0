package nl.openinburgering.shared;

/**
 * The record does not exist for this user. Also raised for a record of another gemeente or provider:
 * the answer never reveals that it exists elsewhere.
 */
public class NietGevonden extends RuntimeException {

    public NietGevonden(String wat) {
        super(wat + " niet gevonden");
    }
}
