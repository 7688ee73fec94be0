package nl.openinburgering.werkvoorraad;

import java.util.Optional;

/** One line of a worklist: the signal, how urgent it is on the peildatum, who is responsible, and for whom. */
public record Werkvoorraadregel(
        Signaal signaal, long dagenResterend, Urgentie urgentie, Optional<String> consulent, String naam) {}
