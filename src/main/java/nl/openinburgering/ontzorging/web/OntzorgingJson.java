package nl.openinburgering.ontzorging.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Historiestap;
import nl.openinburgering.ontzorging.Kostenpost;
import nl.openinburgering.ontzorging.Kostensoort;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.Ontzorging;
import nl.openinburgering.ontzorging.OntzorgingDossier;
import nl.openinburgering.ontzorging.Overdracht;
import nl.openinburgering.ontzorging.Vergunning;

/** A person's ontzorging as JSON; amounts as decimals in euros ({@code "650.00"}), months as {@code 2026-07}. */
record OntzorgingJson(
        boolean gestart,
        @Nullable Vergunning vergunning,
        @Nullable LocalDate startBijstand,
        @Nullable LocalDate minimumEinde,
        @Nullable LocalDate geplandEinde,
        @Nullable LocalDate verlengdTot,
        @Nullable String verlengingReden,
        @Nullable LocalDate einddatum,
        boolean bijstandBeeindigd,
        @Nullable Machtiging machtiging,
        @Nullable LocalDate machtigingDatum,
        @Nullable String eersteOverdrachtsmaand,
        List<KostenpostJson> kostenposten,
        List<StapJson> historie) {

    static OntzorgingJson van(OntzorgingDossier d) {
        Ontzorging o = d.ontzorging().orElse(null);
        return new OntzorgingJson(
                o != null,
                d.vergunning().orElse(null),
                o == null ? null : o.startBijstand(),
                o == null ? null : o.minimumEinde(),
                o == null ? null : o.geplandEinde(),
                o == null ? null : o.verlengdTot().orElse(null),
                o == null ? null : o.verlengingReden().orElse(null),
                o == null ? null : o.einddatum().orElse(null),
                o != null && o.bijstandBeeindigd(),
                o == null ? null : o.machtiging(),
                o == null ? null : o.machtigingDatum().orElse(null),
                d.eersteOverdrachtsmaand().map(Object::toString).orElse(null),
                d.kostenposten().stream().map(KostenpostJson::van).toList(),
                d.historie().stream().map(StapJson::van).toList());
    }

    record KostenpostJson(
            UUID id,
            Kostensoort soort,
            String crediteurNaam,
            String iban,
            @Nullable String kenmerk,
            String bedrag,
            String startmaand,
            @Nullable String eindmaand,
            @Nullable String teruggegevenVanaf,
            @Nullable String beoordeling,
            @Nullable String budgetcursus) {

        static KostenpostJson van(Kostenpost p) {
            Overdracht o = p.overdracht().orElse(null);
            return new KostenpostJson(
                    p.id(),
                    p.soort(),
                    p.crediteurNaam(),
                    p.iban().waarde(),
                    p.kenmerk(),
                    Bedrag.decimaal(p.bedragInCenten()),
                    p.startmaand().toString(),
                    p.eindmaand().map(Object::toString).orElse(null),
                    o == null ? null : o.vanaf().toString(),
                    o == null ? null : o.beoordeling(),
                    o == null ? null : o.budgetcursus());
        }
    }

    record StapJson(String tijdstip, String stap, String omschrijving, String door) {

        static StapJson van(Historiestap s) {
            return new StapJson(s.tijdstip().toString(), s.stap(), s.omschrijving(), s.door());
        }
    }
}
