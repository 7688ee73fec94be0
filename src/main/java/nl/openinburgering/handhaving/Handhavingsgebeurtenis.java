package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What happened in a handhavingszaak, one past-tense event per step; ids only, no personal data. */
public sealed interface Handhavingsgebeurtenis {

    UUID zaakId();

    record HandhavingszaakGeopend(UUID zaakId, UUID inburgeraarId, Grond grond) implements Handhavingsgebeurtenis {}

    record GesprekGevoerd(UUID zaakId, LocalDate datum, boolean verschoonbaar) implements Handhavingsgebeurtenis {}

    record WaarschuwingVerstuurd(UUID zaakId, LocalDate datum, LocalDate termijnEinde)
            implements Handhavingsgebeurtenis {}

    record EvenredigheidVastgelegd(UUID zaakId) implements Handhavingsgebeurtenis {}

    record VoornemenVerstuurd(UUID zaakId, LocalDate datum, LocalDate zienswijzetermijnEinde, BigDecimal bedrag)
            implements Handhavingsgebeurtenis {}

    record ZienswijzeVastgelegd(UUID zaakId, LocalDate datum, Zienswijzevorm vorm) implements Handhavingsgebeurtenis {}

    record BoeteVoorgesteld(UUID zaakId, BigDecimal bedrag, boolean gematigd) implements Handhavingsgebeurtenis {}

    /** The boetebeschikking was fixed; a DUO module would report it (R9.8) when it exists. */
    record BoeteVastgesteld(UUID zaakId, UUID inburgeraarId, String gemeentecode, BigDecimal bedrag, LocalDate datum)
            implements Handhavingsgebeurtenis {}

    record GeenBoeteBesloten(UUID zaakId, LocalDate datum) implements Handhavingsgebeurtenis {}

    record BetaalstatusGewijzigd(UUID zaakId, Betaalstatus status) implements Handhavingsgebeurtenis {}
}
