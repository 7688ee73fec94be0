package nl.openinburgering.map;

/** R6.2: a theme is agreed for the person, or waived because the person already has that knowledge. */
public enum ThemaStatus {
    AFGESPROKEN,
    VRIJGESTELD
}
