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
     * Packages still to be marked: none. The list stays so that the rule "it may only shrink" keeps its test; a
     * form or JSON record that hands raw input (null for an empty field) to the domain declares that parameter
     * {@code @Nullable}, and the domain checks it. Never add a package here.
     */
    static final Set<String> NOG_NIET_GEMARKEERD = Set.of();

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
