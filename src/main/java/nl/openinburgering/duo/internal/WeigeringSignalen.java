package nl.openinburgering.duo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.openinburgering.duo.UitgaandBericht;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * R10.3: every melding DUO refused (4xx) is a worklist signal {@link Signaalsoort#DUO_WEIGERING} for the person's
 * consulent, with DUO's reason in Dutch, until a later melding of the same kind is accepted or the consulent marks
 * it handled on the file's DUO page. It lives in this module, as the portal's signal does in {@code portaal}: the
 * werkvoorraad picks up every {@link Signaalbron} bean, so it does not depend on {@code duo} and no cycle arises.
 * Due five working days (a week) after the melding was made; no rule of law sets a term.
 */
@Component
class WeigeringSignalen implements Signaalbron {

    static final int DAGEN_OM_OP_TE_LOSSEN = 7;

    private final Uitgaande uitgaande;

    WeigeringSignalen(Uitgaande uitgaande) {
        this.uitgaande = uitgaande;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.DUO_WEIGERING);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        return uitgaande.geweigerd(zaken.zaken().ids().orElse(null)).stream()
                .filter(b -> zaken.zaken().bevat(b.inburgeraarId()))
                .map(WeigeringSignalen::signaal)
                .toList();
    }

    static Signaal signaal(UitgaandBericht bericht) {
        return new Signaal(
                bericht.inburgeraarId(),
                Signaalsoort.DUO_WEIGERING,
                LocalDate.ofInstant(bericht.aangemaaktOp(), Vandaag.NEDERLAND).plusDays(DAGEN_OM_OP_TE_LOSSEN),
                "R10.3",
                "DUO weigerde de melding " + Meldingsoort.omschrijving(bericht.soort()) + ". "
                        + (bericht.weigering() == null ? "" : bericht.weigering() + " ")
                        + "Corrigeer en meld opnieuw, of markeer de weigering als afgehandeld.");
    }
}
