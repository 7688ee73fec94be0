package nl.openinburgering.aanbieder;

/** Why a person was absent: every absence the provider reports carries one. */
public enum Verzuimreden {
    ZIEK,
    AFGEMELD,
    ONGEOORLOOFD,
    OVERIG
}
