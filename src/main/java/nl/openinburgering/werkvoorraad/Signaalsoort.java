package nl.openinburgering.werkvoorraad;

/**
 * The kinds of signal, with the rule each comes from. The names are the API's {@code signaal} values
 * ({@code api.md}, "Werkvoorraad"). A kind without a {@link Signaalbron} yet simply never appears.
 */
public enum Signaalsoort {
    /** R2.8: the PIP must be vastgesteld within 10 weeks (plus the extension for information of third parties). */
    PIP_TERMIJN("R2.8", "PIP-termijn (10 weken)"),
    /** R3.4 and R3.6: the end of the three-year inburgeringstermijn, with DUO's extensions. */
    INBURGERINGSTERMIJN("R3.4", "Einde inburgeringstermijn"),
    /** R5.4: PVT not signed with less than six months of the termijn left. Source: module pvt. */
    PVT_TERMIJN("R5.4", "PVT nog niet afgerond"),
    /** R6.4: MAP not completed with less than six months of the termijn left. Source: module map. */
    MAP_TERMIJN("R6.4", "MAP nog niet afgerond"),
    /** R4.5: Z-route hours behind a linear pace toward 800 (+ 800) within the termijn. Source: leerroute's {@code ZrouteTempo}. */
    Z_ROUTE_TEMPO("R4.5", "Z-route loopt achter"),
    /**
     * Attendance reported by the providers below the gemeente's threshold (policy, default 80%); R9.2 (PIP
     * obligations) is the legal ground for following it up. Source: module aanbieder.
     */
    VERZUIM("R9.2", "Verzuim"),
    /**
     * A step of a handhavingszaak waits: the warning's term (R9.6), the zienswijze term (R9.7) or the decision
     * (R9.1/R9.2). Source: module handhaving.
     */
    HANDHAVING("R9.2", "Handhaving wacht op een stap"),
    /** R9.4: a Participatiewet breach referred to the inkomensconsulent waits to be taken up. Source: handhaving. */
    PW_VERWIJZING("R9.4", "Verwijzing Participatiewet"),
    /** D9: the voortgangsgesprekken agreed in the PIP, spread evenly over the termijn. */
    VOORTGANGSGESPREK("D9", "Voortgangsgesprek"),
    /** R1.3: the person reaches the AOW age within six months; the plicht then ends (R1.11). */
    AOW_LEEFTIJD("R1.3", "AOW-leeftijd binnen zes maanden"),
    /** R7.3, D3: the last month of the ontzorging (the sixth, or of the extension): extend with a reason or end. Source: module ontzorging. */
    ONTZORGING_ZES_MAANDEN("R7.3", "Einde zes maanden ontzorgen"),
    /** R7.4: the machtiging was refused; refer for afstemming under art. 18 Pw. Source: module ontzorging. */
    MACHTIGING_GEWEIGERD("R7.4", "Machtiging geweigerd"),
    /**
     * R8.4: the agreed duration of the maatschappelijke begeleiding ends within four weeks and the traject is
     * not closed yet. Source: module begeleiding.
     */
    BEGELEIDING_EINDE("R8.4", "Maatschappelijke begeleiding loopt af"),
    /**
     * The person sent a message in the portal that the consulent has not answered or handled yet (AVG art. 12:
     * answer without undue delay; the portal's service norm is five working days). Source: module portaal.
     */
    PORTAAL_BERICHT("AVG12", "Bericht van de inburgeraar"),
    /**
     * DUO refused a melding of the outbox (4xx, with DUO's reason): correct it, or mark it handled. It goes away
     * when a later melding of the same kind is accepted. Source: module duo.
     */
    DUO_WEIGERING("R10.3", "Melding geweigerd door DUO");

    private final String regel;
    private final String omschrijving;

    Signaalsoort(String regel, String omschrijving) {
        this.regel = regel;
        this.omschrijving = omschrijving;
    }

    /** The rule ID of {@code rules.md} this kind comes from, by default. */
    public String regel() {
        return regel;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
