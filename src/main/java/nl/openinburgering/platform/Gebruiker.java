package nl.openinburgering.platform;

import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/**
 * The logged-in user as the domain sees them: a name, one role, and the gemeente (staff) or the provider
 * (aanbieder) they act for. Both come from the account or token, never from the request.
 */
public record Gebruiker(String gebruikersnaam, Rol rol, Optional<Gemeentecode> gemeente, Optional<UUID> aanbieder) {}
