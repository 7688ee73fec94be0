package nl.openinburgering.portaal;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** The consulent planned a conversation with the person; the portal mails "there is something new". */
public record GesprekGepland(UUID gesprekId, Gemeentecode gemeente, UUID inburgeraarId) {}
