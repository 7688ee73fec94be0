package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** R1.11: a person's file was closed; from now on it gives no signals and is in no worklist. */
public record DossierAfgesloten(UUID inburgeraarId, Gemeentecode gemeente, Afsluitreden reden, LocalDate datum) {}
