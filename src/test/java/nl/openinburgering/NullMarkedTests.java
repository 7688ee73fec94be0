package nl.openinburgering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package under {@code nl.openinburgering} is {@code @NullMarked} (JSpecify), so NullAway checks it when it
 * compiles: a new package, from any module, fails here until its {@code package-info.java} says so. A plain scan of
 * the source tree, no Spring and no ArchUnit, so it runs in milliseconds.
 */
class NullMarkedTests {

    static final Path BRONNEN = Path.of("src/main/java");

    private static final Pattern NULL_MARKED =
            Pattern.compile("^\\s*@(org\\.jspecify\\.annotations\\.)?NullMarked\\b", Pattern.MULTILINE);

    /**
     * The web packages still to be marked. Their forms and JSON records hand raw input (null for an empty field) to
     * domain factories and facades that check it themselves but declare their parameters non-null; marking them
     * needs those domain parameters made {@code @Nullable} through the validation (as {@code NieuweBijeenkomst}
     * has). Remove a package here when it is marked; never add one.
     */
    static final Set<String> NOG_NIET_GEMARKEERD = Set.of(
            "nl.openinburgering.aanbieder.web",
            "nl.openinburgering.inburgeraar.web",
            "nl.openinburgering.intake.web",
            "nl.openinburgering.leerroute.web",
            "nl.openinburgering.map.web",
            "nl.openinburgering.pip.web",
            "nl.openinburgering.pvt.web");

    @Test
    void everyPackageIsNullMarked() throws IOException {
        Set<String> ongemarkeerd = new TreeSet<>(pakketten());
        ongemarkeerd.removeIf(NullMarkedTests::gemarkeerd);
        ongemarkeerd.removeAll(NOG_NIET_GEMARKEERD);
        assertThat(ongemarkeerd).as("""
                        These packages have no @org.jspecify.annotations.NullMarked in their package-info.java, so \
                        NullAway does not check them. Add it (see CONTRIBUTING.md, Nullness): %s""", ongemarkeerd).isEmpty();
    }

    @Test
    void theListOfUnmarkedPackagesOnlyShrinks() throws IOException {
        List<String> bestaand = pakketten().stream().toList();
        Set<String> alGemarkeerdOfWeg = new TreeSet<>(NOG_NIET_GEMARKEERD);
        alGemarkeerdOfWeg.removeIf(pakket -> bestaand.contains(pakket) && !gemarkeerd(pakket));
        assertThat(alGemarkeerdOfWeg)
                .as(
                        "These packages are marked (or gone) now: remove them from NullMarkedTests.NOG_NIET_GEMARKEERD: %s",
                        alGemarkeerdOfWeg)
                .isEmpty();
    }

    /** Every directory under nl/openinburgering with at least one Java source file, as a package name. */
    private static Set<String> pakketten() throws IOException {
        try (Stream<Path> paden = Files.walk(BRONNEN.resolve("nl/openinburgering"))) {
            return paden.filter(pad -> pad.toString().endsWith(".java"))
                    .map(Path::getParent)
                    .map(map ->
                            BRONNEN.relativize(map).toString().replace('/', '.').replace('\\', '.'))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static boolean gemarkeerd(String pakket) {
        Path info = BRONNEN.resolve(pakket.replace('.', '/')).resolve("package-info.java");
        try {
            return Files.exists(info)
                    && NULL_MARKED.matcher(Files.readString(info)).find();
        } catch (IOException onleesbaar) {
            throw new IllegalStateException("Kan " + info + " niet lezen", onleesbaar);
        }
    }
}
