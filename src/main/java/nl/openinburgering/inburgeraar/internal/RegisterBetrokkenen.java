package nl.openinburgering.inburgeraar.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Betrokkenen;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Bsn;

/** The registry's answer to the processing-log filter: the persons with this file id or name. */
@Component
class RegisterBetrokkenen implements Betrokkenen {

    private final InburgeraarZoeker zoeker;

    RegisterBetrokkenen(InburgeraarZoeker zoeker) {
        this.zoeker = zoeker;
    }

    @Override
    @Transactional
    public List<Betrokkene> zoek(String tekst) {
        String gemeente = Tenant.vereist().waarde();
        String gezocht = tekst.strip();
        List<InburgeraarZoeker.Gevonden> gevonden;
        try {
            gevonden = zoeker.opId(gemeente, UUID.fromString(gezocht));
        } catch (IllegalArgumentException geenId) {
            gevonden = gezocht.length() < 2 ? List.of() : zoeker.opNaam(gemeente, gezocht, false, MAXIMUM);
        }
        return gevonden.stream()
                .map(g -> new Betrokkene(g.id(), g.voornamen() + " " + g.geslachtsnaam(), new Bsn(g.bsn())))
                .toList();
    }
}
