package nl.openinburgering.aanbieder.web;

/** A bad line of an uploaded file as the preview shows it: its line number in the file (header = 1) and why. */
public record Foutregel(int regel, String reden) {}
