package nl.openinburgering.handhaving;

/** How the person gave the zienswijze. */
public enum Zienswijzevorm {
    SCHRIFTELIJK,
    MONDELING
}
