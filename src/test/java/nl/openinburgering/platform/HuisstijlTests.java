package nl.openinburgering.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HuisstijlTests {

    static byte[] png(int breedte, int hoogte) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(breedte, hoogte, BufferedImage.TYPE_INT_ARGB), "png", uit);
        return uit.toByteArray();
    }

    static Huisstijl met(byte[] logo) {
        return new Huisstijl(
                "Gemeente Dalfsen",
                null,
                "Postbus 35, 7720 AA Dalfsen",
                "0529 48 83 88",
                "https://www.dalfsen.example",
                "info@dalfsen.example",
                "Postbus 35, 7720 AA Dalfsen",
                logo);
    }

    @Test
    void acceptsAPngLogoAndAnEmptyOneMeansNone() throws Exception {
        assertThat(met(png(100, 40)).heeftLogo()).isTrue();
        assertThat(met(new byte[0]).heeftLogo()).isFalse();
    }

    @Test
    void refusesALogoThatOnlyPretendsToBeAPngByItsName() {
        assertThatThrownBy(() -> met("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThat(Huisstijl.logoFouten("<svg/>".getBytes(StandardCharsets.UTF_8)))
                .extracting(f -> f.code())
                .containsExactly("logo.type");
    }

    @Test
    void refusesALogoOfMoreThan200KilobytesOr2000Pixels() throws Exception {
        assertThat(Huisstijl.logoFouten(new byte[Huisstijl.MAXIMALE_LOGOGROOTTE + 1]))
                .extracting(f -> f.code())
                .containsExactly("logo.grootte");
        assertThat(Huisstijl.logoFouten(png(2001, 10)))
                .extracting(f -> f.code())
                .containsExactly("logo.afmeting");
    }

    @Test
    void needsNameAddressAndBezwaarAddressAndChecksWebsiteMailAndPhone() {
        assertThatThrownBy(
                        () -> new Huisstijl(" ", null, null, "geen nummer", "http://x.example", "geen-mail", "", null))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten())
                        .extracting(f -> f.veld())
                        .containsExactly("officieleNaam", "postadres", "bezwaaradres", "telefoon", "website", "email"));
    }
}
