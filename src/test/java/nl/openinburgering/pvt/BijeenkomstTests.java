package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.MapThema;

import static nl.openinburgering.Foutcodes.codes;
import static org.assertj.core.api.Assertions.assertThat;

/** Planning a session and registering its attendance, without Spring. */
class BijeenkomstTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    static final Groep PVT = new Groep(UUID.randomUUID(), "PVT november", Programma.PVT, 0, 0, Instant.EPOCH);
    static final Groep MAP = new Groep(UUID.randomUUID(), "MAP november", Programma.MAP, 0, 0, Instant.EPOCH);

    static NieuweBijeenkomst invoer(MapThema thema, UUID aanbiederId) {
        return new NieuweBijeenkomst(
                VANDAAG,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                " Stadhuis ",
                " Kernwaarden ",
                new BigDecimal("3"),
                true,
                thema,
                aanbiederId);
    }

    static Bijeenkomst bijeenkomst(LocalDate datum) {
        return new Bijeenkomst(
                UUID.randomUUID(),
                PVT.id(),
                datum,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Stadhuis",
                "Kernwaarden",
                new BigDecimal("3"),
                true,
                Optional.empty(),
                Optional.empty(),
                false);
    }

    @Test
    void plansAPvtSessionGivenByOwnStaff() {
        Bijeenkomst bijeenkomst = Bijeenkomst.plannen(PVT, invoer(null, null), false);

        assertThat(bijeenkomst.groepId()).isEqualTo(PVT.id());
        assertThat(bijeenkomst.plaats()).isEqualTo("Stadhuis");
        assertThat(bijeenkomst.aanbiederId()).isEmpty();
    }

    @Test
    void r6_2_refusesAMapSessionWithoutATheme() {
        assertThat(codes(() -> Bijeenkomst.plannen(MAP, invoer(null, null), true)))
                .containsExactly("R6.2");
    }

    @Test
    void d8_refusesASessionByAProviderTheGemeenteDoesNotContract() {
        UUID aanbieder = UUID.randomUUID();

        assertThat(codes(() -> Bijeenkomst.plannen(PVT, invoer(null, aanbieder), false)))
                .containsExactly("aanbieder.onbekend");
        assertThat(Bijeenkomst.plannen(PVT, invoer(null, aanbieder), true).aanbiederId())
                .contains(aanbieder);
    }

    @Test
    void registersWhoWasPresentAndWhoAbsentAndReturnsAanwezigheidGeregistreerd() {
        UUID jan = UUID.randomUUID();
        UUID piet = UUID.randomUUID();
        Bijeenkomst bijeenkomst = bijeenkomst(VANDAAG);

        AanwezigheidGeregistreerd geregistreerd =
                bijeenkomst.registreerAanwezigheid("0148", List.of(jan, piet), List.of(jan), VANDAAG);

        assertThat(geregistreerd)
                .isEqualTo(
                        new AanwezigheidGeregistreerd(bijeenkomst.id(), PVT.id(), "0148", Set.of(jan), Set.of(piet)));
    }

    @Test
    void refusesAttendanceForASessionInTheFutureOrOfANonMember() {
        UUID lid = UUID.randomUUID();

        assertThat(codes(() -> bijeenkomst(VANDAAG.plusDays(1))
                        .registreerAanwezigheid("0148", List.of(lid), List.of(lid, UUID.randomUUID()), VANDAAG)))
                .containsExactly("bijeenkomst.toekomst", "geen.groepslid");
    }
}
