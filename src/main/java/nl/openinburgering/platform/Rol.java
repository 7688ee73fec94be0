package nl.openinburgering.platform;

/** The roles of the mission: who uses the system and for what. Spring authorities are {@code ROLE_<name>}. */
public enum Rol {
    CONSULENT("Consulent"),
    TEAMLEIDER("Teamleider"),
    BELEIDSMEDEWERKER("Beleidsmedewerker"),
    JURIDISCH_ADVISEUR("Juridisch adviseur"),
    FUNCTIONEEL_BEHEERDER("Functioneel beheerder"),
    AANBIEDER("Aanbieder"),
    MAATSCHAPPELIJK_BEGELEIDER("Maatschappelijk begeleider"),
    FINANCIELE_ADMINISTRATIE("Financiële administratie"),
    INBURGERAAR("Inburgeraar");

    private final String omschrijving;

    Rol(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
