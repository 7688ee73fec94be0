package nl.openinburgering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/rules.md} stays true: every rule ID (R… and D…) it lists as built is named by at least one test
 * method (CONTRIBUTING, "Rules of law: trace every one"), so a legal adviser can go from the table to a test that
 * checks the rule. A row that says built without such a test fails here.
 */
class RegelsDocumentTests {

    private static final Pattern RIJ = Pattern.compile("^\\| ((?:R\\d+\\.\\d+)|(?:D\\d+)) \\|.*\\| ([^|]+) \\|\\s*$");
    private static final Pattern METHODE = Pattern.compile("void\\s+(\\w+)\\s*\\(");

    /** Rule ID to status, for every row of the table. */
    static Map<String, String> statussen(List<String> regels) {
        Map<String, String> statussen = new LinkedHashMap<>();
        for (String regel : regels) {
            Matcher rij = RIJ.matcher(regel);
            if (rij.matches()) {
                statussen.put(rij.group(1), rij.group(2).strip());
            }
        }
        return statussen;
    }

    /** Built, built as configurable policy, built (with a remark); not "partly built" or "built, test missing". */
    static boolean gebouwd(String status) {
        return status.startsWith("built") && !status.startsWith("built, test missing");
    }

    /**
     * Whether a test method name names the rule: {@code r3_13_…}, {@code …_r3_13_…} or {@code …AndR3_13…}, and not
     * {@code r3_1} inside {@code r3_13}.
     */
    static boolean genoemd(String regel, List<String> methodes) {
        String id = regel.replace('.', '_');
        Pattern naam = Pattern.compile("(?:(?:^|_)" + id.toLowerCase() + "|(?<=[a-z])" + id + ")(?![0-9])");
        return methodes.stream().anyMatch(m -> naam.matcher(m).find());
    }

    @Test
    void theNamingCheckTellsR3_1FromR3_13AndFindsCamelCase() {
        assertThat(genoemd("R3.1", List.of("r3_13_refusesA2"))).isFalse();
        assertThat(genoemd("R3.13", List.of("r3_13_refusesA2"))).isTrue();
        assertThat(genoemd("R1.3", List.of("r1_1_andR1_3_refusesOutsideTheLaw")))
                .isTrue();
        assertThat(genoemd("D1", List.of("d10_something"))).isFalse();
        assertThat(genoemd("D1", List.of("d1_r9_6_theLadder"))).isTrue();
        assertThat(gebouwd("built (constant)")).isTrue();
        assertThat(gebouwd("partly built (begeleiding)")).isFalse();
        assertThat(gebouwd("not yet built")).isFalse();
    }

    /** Every rule ID that docs/rules.md lists as built appears in the name of a test method. */
    @Test
    void everyRuleThatDocsRulesMdListsAsBuiltIsNamedByATestMethod() throws IOException {
        Map<String, String> statussen = statussen(Files.readAllLines(Path.of("docs/rules.md")));
        List<String> methodes = new ArrayList<>();
        try (Stream<Path> bestanden = Files.walk(Path.of("src/test/java"))) {
            for (Path bestand :
                    bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher methode = METHODE.matcher(Files.readString(bestand));
                while (methode.find()) {
                    methodes.add(methode.group(1));
                }
            }
        }

        assertThat(statussen).hasSizeGreaterThan(100);
        List<String> zonderTest = statussen.entrySet().stream()
                .filter(e -> gebouwd(e.getValue()))
                .map(Map.Entry::getKey)
                .filter(regel -> !genoemd(regel, methodes))
                .toList();
        assertThat(zonderTest)
                .as("built in docs/rules.md, but no test method names the rule")
                .isEmpty();
    }
}
