package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.TermijnVaststellingPip;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

/**
 * Gives every page of a person's file ({@code /inburgeraars/{id}} and the pages below it) the
 * {@link Persoonskop} that the layout shows above the content. It sits in the werkvoorraad module because that
 * module owns the responsible consulent and already depends on the registry and the PIP; the pages' own
 * modules (pip, leerroute, pvt, map) thus need no dependency on werkvoorraad.
 *
 * <p>The header reads through the facades' unlogged reads: the page that shows it logs its own read of the
 * same person in the same request, and a second line per page view would only be noise in the log. It is
 * loaded lazily, only when a template renders it, so posts, redirects and the JSON API pay nothing.
 */
@ControllerAdvice(annotations = Controller.class)
class PersoonskopAdvies {

    private static final Pattern DOSSIERPAD = Pattern.compile(
            "^/inburgeraars/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final ToewijzingBeheer toewijzingen;

    PersoonskopAdvies(InburgeraarBeheer inburgeraars, PipBeheer pips, ToewijzingBeheer toewijzingen) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.toewijzingen = toewijzingen;
    }

    @ModelAttribute("persoonskop")
    LazyContextVariable<Persoonskop> persoonskop(HttpServletRequest verzoek) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        Optional<UUID> id = inburgeraarId(pad);
        return new LazyContextVariable<>() {
            @Override
            protected @Nullable Persoonskop loadValue() {
                return id.flatMap(i -> bouw(i, rest(pad))).orElse(null);
            }
        };
    }

    static Optional<UUID> inburgeraarId(String pad) {
        Matcher dossier = DOSSIERPAD.matcher(pad);
        return dossier.matches() ? Optional.of(UUID.fromString(dossier.group(1))) : Optional.empty();
    }

    /** The path below {@code /inburgeraars/{id}}: empty on the file's own page. */
    static String rest(String pad) {
        Matcher dossier = DOSSIERPAD.matcher(pad);
        @Nullable String rest = dossier.matches() ? dossier.group(2) : null;
        return rest == null ? "" : rest;
    }

    /** Empty for a file that does not exist in the user's gemeente: the page itself answers 404 then. */
    private Optional<Persoonskop> bouw(UUID id, String rest) {
        List<Termijnfeiten> feiten = inburgeraars.termijnfeiten(List.of(id));
        if (feiten.isEmpty()) {
            return Optional.empty();
        }
        Termijnfeiten persoon = feiten.getFirst();
        Optional<PipStand> pip = pips.stand(List.of(id)).stream().findFirst();
        return Optional.of(new Persoonskop(
                persoon.volledigeNaam(),
                persoon.bsn().gemaskeerd(),
                pip.map(stand -> stand.leerroute().name()).orElse(null),
                toewijzingen.consulent(id).orElse(null),
                uiterlijkeDatumPip(persoon),
                persoon.inburgeringstermijn()
                        .map(Inburgeringstermijn::laatsteDag)
                        .orElse(null),
                Dossiertab.voor(id, rest, HuidigeGebruiker.huidige())));
    }

    /** As on the PIP pages: the R2.8 deadline matters until the inburgeringstermijn runs, then that one does. */
    private static @Nullable LocalDate uiterlijkeDatumPip(Termijnfeiten persoon) {
        return persoon.inburgeringstermijn().isPresent()
                ? null
                : persoon.termijnVaststellingPip()
                        .map(TermijnVaststellingPip::uiterlijkeDatum)
                        .orElse(null);
    }
}
