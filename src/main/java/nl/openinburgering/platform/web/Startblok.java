package nl.openinburgering.platform.web;

import java.util.List;

import nl.openinburgering.platform.Gebruiker;

/**
 * A contribution to the start page "mijn werk" by a module that knows the work (the werkvoorraad does: open
 * signals, PIPs waiting for vaststelling, team load). The platform defines the extension point so that it
 * depends on none of those modules; the start page shows the lists of every bean in their order.
 */
public interface Startblok {

    /** The lists for this user, in the order of the page; empty when the module has nothing for the role. */
    List<Startlijst> voor(Gebruiker gebruiker);
}
