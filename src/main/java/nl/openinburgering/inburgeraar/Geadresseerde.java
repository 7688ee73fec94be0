package nl.openinburgering.inburgeraar;

import java.util.Optional;

/** The person a letter is sent to: the name and, when known, the residential address. */
public record Geadresseerde(String naam, Optional<Adres> adres) {

    @Override
    public String toString() {
        return "Geadresseerde[***]";
    }
}
