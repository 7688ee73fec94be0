package nl.openinburgering.pvt;

import java.util.List;

/** A group with its members and its sessions, for the planning screen. */
public record GroepDetail(Groep groep, List<Groepslid> leden, List<Bijeenkomst> bijeenkomsten) {}
