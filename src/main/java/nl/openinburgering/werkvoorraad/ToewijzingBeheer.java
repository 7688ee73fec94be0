package nl.openinburgering.werkvoorraad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Medewerkers;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.werkvoorraad.internal.WerkvoorraadOpslag;

/**
 * Who is responsible for each person: assigned at registration to the registering consulent, reassigned by
 * the teamleider (one or many at once, all or nothing, always with a reason), every change a history line
 * with who, when and why. Also records the voortgangsgesprekken held (D9).
 */
@Service
@Transactional
public class ToewijzingBeheer {

    static final int MAXIMALE_REDEN = 500;
    private final WerkvoorraadOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final Medewerkers medewerkers;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;

    ToewijzingBeheer(
            WerkvoorraadOpslag opslag,
            InburgeraarBeheer inburgeraars,
            Medewerkers medewerkers,
            Verwerkingslog verwerkingslog,
            Clock klok) {
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.medewerkers = medewerkers;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** The consulenten of the user's gemeente, to choose from. */
    public List<String> consulenten() {
        return medewerkers.metRol(Rol.CONSULENT);
    }

    /**
     * Reassigns every listed person to {@code consulent}, or none of them: an unknown person (or one of
     * another gemeente), an unknown consulent or a missing reason refuses the whole request, with one
     * {@code invalidParams} entry per problem ({@code inburgeraarIds[2]}). Returns how many were reassigned.
     */
    public int herverdeel(List<UUID> inburgeraarIds, String consulent, String reden) {
        String gemeente = Tenant.vereist().waarde();
        List<Veldfout> fouten = new ArrayList<>();
        if (inburgeraarIds == null || inburgeraarIds.isEmpty()) {
            fouten.add(new Veldfout("inburgeraarIds", "verplicht", "Kies ten minste één inburgeraar."));
        }
        if (consulent == null || !consulenten().contains(consulent)) {
            fouten.add(new Veldfout("consulent", "consulent.onbekend", "Kies een consulent van uw gemeente."));
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new Veldfout("reden", "verplicht", "Geef de reden van de nieuwe toewijzing."));
        } else if (reden.strip().length() > MAXIMALE_REDEN) {
            fouten.add(new Veldfout("reden", "te.lang", "De reden is hooguit " + MAXIMALE_REDEN + " tekens."));
        }
        Map<UUID, Termijnfeiten> personen = inburgeraarIds == null
                ? Map.of()
                : inburgeraars.termijnfeiten(inburgeraarIds).stream()
                        .collect(Collectors.toMap(Termijnfeiten::id, Function.identity()));
        for (int i = 0; inburgeraarIds != null && i < inburgeraarIds.size(); i++) {
            if (!personen.containsKey(inburgeraarIds.get(i))) {
                fouten.add(new Veldfout(
                        "inburgeraarIds[" + i + "]",
                        "niet.gevonden",
                        "Deze inburgeraar is niet gevonden in uw gemeente."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Map<UUID, String> huidig = opslag.toewijzingen(gemeente);
        String door = HuidigeGebruiker.vereist().gebruikersnaam();
        for (UUID id : personen.keySet()) {
            if (!opslag.wijs(gemeente, id, Optional.ofNullable(huidig.get(id)), consulent, door, reden.strip())) {
                // Another teamleider reassigned this person at the same moment and committed first: exactly one
                // wins, and this whole request changes nothing (the transaction rolls back).
                throw new Conflict(
                        "toewijzing.gelijktijdig",
                        "De toewijzing is intussen door iemand anders gewijzigd. Bekijk de werkvoorraad opnieuw.");
            }
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.TOEWIJZING_WIJZIGEN,
                Handeling.WIJZIGEN,
                personen.values().stream().map(Termijnfeiten::bsn).toList(),
                Uitkomst.GELUKT);
        return personen.size();
    }

    /** The names of the chosen persons, for the confirmation step; a logged read. Unknown ids are left out. */
    public List<String> namen(List<UUID> inburgeraarIds) {
        if (inburgeraarIds.isEmpty()) {
            return List.of();
        }
        List<Termijnfeiten> personen = inburgeraars.termijnfeiten(inburgeraarIds);
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.WERKVOORRAAD_RAADPLEGEN,
                personen.stream().map(Termijnfeiten::bsn).toList());
        return personen.stream().map(Termijnfeiten::volledigeNaam).sorted().toList();
    }

    /**
     * A newly registered person becomes the responsibility of the consulent who registered them. Runs after
     * the registration committed, as the person's gemeente; a second delivery finds the person assigned.
     */
    public void wijsToeBijRegistratie(UUID inburgeraarId, String consulent) {
        String gemeente = Tenant.vereist().waarde();
        if (opslag.consulentVan(gemeente, inburgeraarId).isPresent()) {
            return; // delivered twice: already assigned
        }
        opslag.wijs(
                gemeente, inburgeraarId, Optional.empty(), consulent, consulent, "Geregistreerd door deze consulent");
    }

    /**
     * The demo module's entry point (profile {@code demo} only, ADR 0009): gives every person of the current
     * gemeente ({@link Tenant#alsGemeente}) nobody is responsible for a consulent of that gemeente, in turn, and
     * returns the whole distribution, person to consulent. Runs without a user on fictitious people, so it writes
     * no processing log; the history line names {@code demo} as the one who assigned. Calling it again assigns
     * nobody twice. Refused with a signed-in user, whose work is always logged.
     */
    public Map<UUID, String> verdeelDemopersonen() {
        if (HuidigeGebruiker.huidige().isPresent()) {
            throw new IllegalStateException("Alleen voor de demogegevens, zonder ingelogde gebruiker");
        }
        String gemeente = Tenant.vereist().waarde();
        List<String> consulenten = consulenten();
        Map<UUID, String> verdeling = new LinkedHashMap<>(opslag.toewijzingen(gemeente));
        if (consulenten.isEmpty()) {
            return verdeling;
        }
        int n = 0;
        for (Termijnfeiten persoon : inburgeraars.termijnfeiten()) {
            if (!verdeling.containsKey(persoon.id())) {
                String consulent = consulenten.get(n++ % consulenten.size());
                opslag.wijs(
                        gemeente, persoon.id(), Optional.empty(), consulent, "demo", "Demogegevens: eerste verdeling");
                verdeling.put(persoon.id(), consulent);
            }
        }
        return verdeling;
    }

    /** The person's responsible consulent, the history and the voortgangsgesprekken held; a logged read. */
    public Toewijzing toewijzing(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        String gemeente = Tenant.vereist().waarde();
        Toewijzing toewijzing = new Toewijzing(
                inburgeraarId,
                opslag.consulentVan(gemeente, inburgeraarId),
                opslag.historie(gemeente, inburgeraarId),
                opslag.gesprekken(gemeente, inburgeraarId));
        verwerkingslog.gelezen(Verwerkingsactiviteit.DOSSIER_RAADPLEGEN, List.of(persoon.bsn()));
        return toewijzing;
    }

    /**
     * The person's responsible consulent, for the person header of every page of the file. Not logged here:
     * the page that shows the header logs its own read of the person.
     */
    public Optional<String> consulent(UUID inburgeraarId) {
        return opslag.consulentVan(Tenant.vereist().waarde(), inburgeraarId);
    }

    /** D9: records a voortgangsgesprek as held on {@code datum} (not in the future). */
    public void voortgangsgesprekGehouden(UUID inburgeraarId, LocalDate datum) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        if (datum == null) {
            throw new OngeldigeInvoer(new Veldfout("datum", "verplicht", "Vul de datum van het gesprek in."));
        }
        if (datum.isAfter(Vandaag.datum(klok))) {
            throw new OngeldigeInvoer(
                    new Veldfout("datum", "datum.toekomst", "De datum van het gesprek ligt in de toekomst."));
        }
        opslag.gesprekGehouden(
                Tenant.vereist().waarde(),
                inburgeraarId,
                datum,
                HuidigeGebruiker.vereist().gebruikersnaam());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.VOORTGANGSGESPREK_VASTLEGGEN,
                Handeling.AANMAKEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
    }
}
