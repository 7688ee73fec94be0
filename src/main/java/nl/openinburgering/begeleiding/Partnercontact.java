package nl.openinburgering.begeleiding;

import java.util.Optional;

/**
 * How the person in guidance reaches their partner organisation: its name and, as the gemeente recorded them,
 * its phone number and e-mail address. Nothing about the begeleider as a person.
 */
public record Partnercontact(String naam, Optional<String> telefoon, Optional<String> email) {}
