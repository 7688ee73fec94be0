package nl.openinburgering.platform;

/**
 * The processing activities of the register of processing (AVG art. 30) that touch personal data of an
 * inburgeraar. Each answers the inzageverzoek's question "why": its purpose and its legal basis.
 */
public enum Verwerkingsactiviteit {
    INBURGERAAR_REGISTREREN(
            "Inburgeraar registreren",
            "Vastleggen van een inburgeringsplichtige om de regie op de inburgering te voeren"),
    INBURGERAAR_WIJZIGEN(
            "Gegevens inburgeraar wijzigen",
            "Actueel houden van de gegevens die nodig zijn voor de regie op de inburgering"),
    DOSSIER_RAADPLEGEN(
            "Dossier inburgeraar raadplegen", "Begeleiden van de inburgeraar en bewaken van de wettelijke termijnen"),
    INBURGERAAR_ZOEKEN(
            "Inburgeraar zoeken op BSN", "Vinden van het juiste dossier bij contact met of over de inburgeraar"),
    OVERZICHT_RAADPLEGEN("Overzicht inburgeraars raadplegen", "Verdelen en plannen van het werk van de consulenten"),
    PIP_OPSTELLEN(
            "PIP opstellen", "Vastleggen van het Plan Inburgering en Participatie (art. 15 Wet inburgering 2021)"),
    PIP_VASTSTELLEN("PIP vaststellen", "Nemen van de beschikking over het Plan Inburgering en Participatie"),
    PIP_RAADPLEGEN("PIP raadplegen", "Begeleiden van de inburgeraar volgens het Plan Inburgering en Participatie"),
    BESCHIKKING_OPMAKEN(
            "Beschikking PIP opmaken",
            "Bekendmaken van het besluit over het Plan Inburgering en Participatie aan de inburgeraar"),
    INTAKE_VASTLEGGEN(
            "Warme overdracht en brede intake vastleggen",
            "Vastleggen van de overdracht door het COA en van de brede intake (art. 14 Wet inburgering 2021)"),
    INTAKE_RAADPLEGEN(
            "Warme overdracht en brede intake raadplegen",
            "Kiezen van de leerroute op grond van de brede intake en de leerbaarheidstoets"),
    INZAGEVERZOEK_BEHANDELEN(
            "Verwerkingen van een persoon opvragen",
            "Beantwoorden van een inzageverzoek of een vraag van de functionaris gegevensbescherming"),
    WERKVOORRAAD_RAADPLEGEN(
            "Werkvoorraad raadplegen",
            "Bewaken van de wettelijke termijnen en plannen van het werk van de consulenten"),
    TOEWIJZING_WIJZIGEN(
            "Verantwoordelijke consulent toewijzen",
            "Vastleggen wie de regie voert op de inburgering van de inburgeraar"),
    VOORTGANGSGESPREK_VASTLEGGEN(
            "Voortgangsgesprek vastleggen", "Vastleggen van de voortgangsgesprekken die in het PIP zijn afgesproken"),
    // Module aanbieder
    DEELNAME_INSCHRIJVEN(
            "Deelname bij een aanbieder vastleggen",
            "Inschrijven van de inburgeraar bij een ingekochte aanbieder van taal, MAP, PVT of participatie"),
    DEELNAMES_RAADPLEGEN(
            "Deelnames bij aanbieders raadplegen",
            "Volgen van de inburgeraar bij de aanbieders (gemeente) of van de eigen deelnemers (aanbieder)"),
    UREN_REGISTREREN(
            "Gevolgde uren en aanwezigheid vastleggen",
            "Vastleggen van de uren en de aanwezigheid die de aanbieder meldt (art. 3.14 Besluit inburgering 2021)"),
    UREN_RAADPLEGEN(
            "Gevolgde uren en aanwezigheid raadplegen",
            "Toetsen van urennormen (afschalen, Z-route) en signaleren van verzuim"),
    // Module leerroute
    INBURGERINGSAANBOD_VASTLEGGEN(
            "Inburgeringsaanbod vastleggen",
            "Vastleggen van het inburgeringsaanbod van een asielstatushouder per aanbieder (art. 32 Wet inburgering 2021)"),
    LEERRESULTATEN_VASTLEGGEN(
            "Examenresultaten en voortgang vastleggen",
            "Vastleggen van examenresultaten en voortgangsrapportages die de aanbieder meldt"),
    LEERROUTE_RAADPLEGEN(
            "Leerroute raadplegen",
            "Volgen van de voortgang in de leerroute: uren, aanwezigheid, examens en rapportages"),
    ZROUTE_AFRONDEN(
            "Z-route afronden",
            "Vastleggen van het eindgesprek dat de zelfredzaamheidsroute afrondt (art. 3.14 Besluit inburgering 2021)"),
    ZROUTE_CERTIFICAAT_OPMAKEN(
            "Certificaat Z-route opmaken",
            "Verstrekken van het bewijs van afronding van de zelfredzaamheidsroute aan de inburgeraar"),
    // Module pvt and map
    PVT_VASTLEGGEN(
            "PVT en groepsbijeenkomsten vastleggen",
            "Uitnodigen voor, en aanwezigheid en ondertekening vastleggen van het participatieverklaringstraject (art. 8 Wet inburgering 2021)"),
    PVT_RAADPLEGEN(
            "PVT raadplegen",
            "Volgen van de voortgang van het participatieverklaringstraject en maken van het certificaat"),
    // Module duo
    DUO_NOTIFICATIE_VERWERKEN(
            "Notificatie van DUO verwerken",
            "Aanleggen of aanvullen van het dossier met wat DUO over de inburgeringsplicht meldt (Wet inburgering 2021, art. 14 en 15)"),
    DUO_RAADPLEGEN(
            "Gegevens bij DUO raadplegen",
            "Kennen van inburgeringsplicht, doelgroep en termijn zoals DUO ze vastlegt, voor de regie op de inburgering"),
    DUO_MELDEN(
            "Gegevens aan DUO melden",
            "Doorgeven van het PIP en de resultaten aan DUO, die de inburgeringsplicht bewaakt (Wet inburgering 2021)"),
    MAP_VASTLEGGEN(
            "MAP vastleggen",
            "Vastleggen van thema's, kosten en eindgesprek van de Module Arbeidsmarkt en Participatie (art. 8 Wet inburgering 2021)"),
    MAP_RAADPLEGEN("MAP raadplegen", "Volgen van de voortgang van de Module Arbeidsmarkt en Participatie"),
    // Module ontzorging
    ONTZORGING_VASTLEGGEN(
            "Financieel ontzorgen vastleggen",
            "Vastleggen van machtiging, vaste lasten en teruggave bij het financieel ontzorgen (art. 56a Participatiewet)"),
    ONTZORGING_RAADPLEGEN(
            "Financieel ontzorgen raadplegen", "Begeleiden van de inburgeraar bij het financieel ontzorgen"),
    BETAALRONDE_UITVOEREN(
            "Betaalronde vaste lasten uitvoeren",
            "Betalen van de vaste lasten uit de bijstand tijdens het financieel ontzorgen (art. 56a Participatiewet)"),
    // Module begeleiding
    BEGELEIDING_VASTLEGGEN(
            "Maatschappelijke begeleiding vastleggen",
            "Vastleggen van het begeleidingstraject, de contactmomenten en de afsluiting van de maatschappelijke begeleiding (art. 15 Wet inburgering 2021)"),
    BEGELEIDING_RAADPLEGEN(
            "Maatschappelijke begeleiding raadplegen",
            "Begeleiden van de asielstatushouder bij de basisvoorzieningen en volgen van die begeleiding door de consulent"),
    HANDHAVING_VASTLEGGEN(
            "Handhaving vastleggen",
            "Handhaven van de plichten bij de brede intake en het PIP met een bestuurlijke boete (art. 22 en 23 Wet inburgering 2021)"),
    HANDHAVING_RAADPLEGEN(
            "Handhaving raadplegen",
            "Voeren en bewaken van handhavingszaken en innen van opgelegde boetes (art. 22 en 23 Wet inburgering 2021)"),
    // Module portaal
    PORTAAL_RAADPLEGEN(
            "Eigen dossier raadplegen in het portaal",
            "Informeren van de inburgeraar over het eigen plan, de afspraken, de termijnen en de brieven"),
    PORTAAL_BERICHT("Bericht via het portaal", "Contact tussen de inburgeraar en de consulent over de inburgering"),
    PORTAAL_DOCUMENT(
            "Document uploaden via het portaal",
            "Ontvangen van stukken die de inburgeraar zelf aanlevert voor de inburgering"),
    PORTAAL_AFSPRAAK(
            "Afspraak bevestigen of verplaatsen via het portaal",
            "Plannen van de gesprekken en bijeenkomsten van de inburgering"),
    PORTAAL_INZAGE(
            "Inzage in eigen gegevens via het portaal",
            "Beantwoorden van het inzageverzoek van de inburgeraar zelf (art. 15 AVG)"),
    // Module inburgeraar: outflow to work or study (D10)
    UITSTROOM_VASTLEGGEN(
            "Uitstroom naar werk of studie vastleggen",
            "Vastleggen van de uitstroom naar werk of studie voor de halfjaarrapportage aan de gemeenteraad"),
    UITSTROOM_RAADPLEGEN(
            "Uitstroom naar werk of studie raadplegen",
            "Begeleiden van de inburgeraar naar werk of studie en verantwoorden aan de gemeenteraad"),
    // Module rapportage: the pseudonymised monitoring set (R10.8)
    MONITORINGSET_AANLEVEREN(
            "Monitoringset aanleveren",
            "Aanleveren van gepseudonimiseerde gegevens voor de monitoring van de Wet inburgering 2021 door SZW en CBS");

    /** Every activity of this module rests on the gemeente's public task under the Wet inburgering 2021. */
    public static final String GRONDSLAG = "AVG art. 6 lid 1 sub e; Wet inburgering 2021";

    private final String naam;
    private final String doel;

    Verwerkingsactiviteit(String naam, String doel) {
        this.naam = naam;
        this.doel = doel;
    }

    public String naam() {
        return naam;
    }

    public String doel() {
        return doel;
    }

    public String grondslag() {
        return GRONDSLAG;
    }

    /** What was done with the data, as in Logboek Dataverwerkingen's operation kinds. */
    public enum Handeling {
        LEZEN,
        AANMAKEN,
        WIJZIGEN,
        VERWIJDEREN
    }

    public enum Uitkomst {
        GELUKT,
        MISLUKT
    }
}
