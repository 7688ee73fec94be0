package nl.openinburgering.handhaving.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

import nl.openinburgering.handhaving.Stap;
import nl.openinburgering.handhaving.Zaakgegevens;
import nl.openinburgering.shared.NietGevonden;

/** The letters of a handhavingszaak; each exists once its step has been taken. */
public enum Brief {
    WAARSCHUWING("waarschuwing", "Schriftelijke waarschuwing"),
    VOORNEMEN("voornemen", "Voornemen tot boeteoplegging"),
    BOETEBESCHIKKING("boetebeschikking", "Boetebeschikking"),
    GEEN_BOETE("besluit-geen-boete", "Besluit geen boete");

    private final String pad;
    private final String titel;

    Brief(String pad, String titel) {
        this.pad = pad;
        this.titel = titel;
    }

    public String pad() {
        return pad;
    }

    public String titel() {
        return titel;
    }

    public static Brief vanPad(String pad) {
        return Arrays.stream(values())
                .filter(b -> b.pad.equals(pad))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Brief"));
    }

    /** The letter's date: the day of its step (only when {@link #bestaat}). */
    public LocalDate datum(Zaakgegevens zaak) {
        return switch (this) {
            case WAARSCHUWING -> Objects.requireNonNull(zaak.waarschuwing()).datum();
            case VOORNEMEN -> Objects.requireNonNull(zaak.voornemen()).datum();
            case BOETEBESCHIKKING, GEEN_BOETE ->
                Objects.requireNonNull(zaak.besluit()).datum();
        };
    }

    /** Whether the step of this letter has been taken. */
    public boolean bestaat(Zaakgegevens zaak) {
        return switch (this) {
            case WAARSCHUWING -> zaak.waarschuwing() != null;
            case VOORNEMEN -> zaak.voornemen() != null;
            case BOETEBESCHIKKING -> zaak.stap() == Stap.BOETE_OPGELEGD;
            case GEEN_BOETE -> zaak.stap() == Stap.GEEN_BOETE;
        };
    }
}
