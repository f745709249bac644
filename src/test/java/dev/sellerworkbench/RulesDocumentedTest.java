package dev.sellerworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// Code, tests and documents cite rules (`R-PLAN-3`) and journeys (`J3`) by id; `docs/rules.md`
/// must say what each one is, once. A rule or journey is defined there by a heading that starts
/// with its id (`### R-PLAN-3 Commission rate bounds`, `### J3 Offline drafting`) or by a
/// paragraph that starts with the id in bold.
class RulesDocumentedTest {

    static final Path RULES = Path.of("docs/rules.md");
    static final List<Path> SOURCES = List.of(Path.of("src/main"), Path.of("src/test"));
    static final Set<String> SOURCE_KINDS = Set.of(".java", ".fxml", ".properties", ".sql");

    /// A rule id, or a journey number, standing as a word of its own: `J2` in "J2 step 3" or
    /// "(J6)", not the `J2` inside an identifier such as `J2SE` or `XJ2`.
    static final Pattern CITED = Pattern.compile("(?<![A-Za-z0-9_-])(R-[A-Z]+-[0-9]+|J[0-9]+)(?![A-Za-z0-9_])");
    static final Pattern DEFINED = Pattern.compile(
            "^(?:#{1,6}[ \\t]+|\\*\\*)(R-[A-Z]+-[0-9]+|J[0-9]+)(?![A-Za-z0-9_-])", Pattern.MULTILINE);

    @Test
    void everyCitedRuleAndJourneyIsDefined() throws IOException {
        Set<String> defined = definitions().keySet();
        Map<String, Set<String>> citedWhere = new TreeMap<>();
        List<Path> files = citingFiles();
        assertTrue(files.size() > 100, "the scan found the sources: " + files.size());
        for (Path file : files) {
            Matcher m = CITED.matcher(read(file));
            while (m.find()) {
                citedWhere.computeIfAbsent(m.group(1), id -> new TreeSet<>()).add(file.toString());
            }
        }
        assertTrue(citedWhere.containsKey("R-PLAN-10") && citedWhere.containsKey("J3"),
                "the scan sees the citations: " + citedWhere.keySet());
        Map<String, Set<String>> undefined = new TreeMap<>(citedWhere);
        undefined.keySet().removeAll(defined);
        assertEquals(Map.of(), undefined, "cited but not defined in " + RULES + " (id → where it is cited)");
    }

    @Test
    void eachRuleAndJourneyIsDefinedOnce() throws IOException {
        Map<String, Integer> definitions = definitions();
        assertTrue(definitions.size() > 60, "the rules document defines the rules: " + definitions.keySet());
        List<String> twice = definitions.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " ×" + e.getValue()).toList();
        assertEquals(List.of(), twice, "defined more than once in " + RULES);
    }

    /// Every id defined in the rules document, with how many times.
    private static Map<String, Integer> definitions() throws IOException {
        Map<String, Integer> defined = new TreeMap<>();
        Matcher m = DEFINED.matcher(Files.readString(RULES));
        while (m.find()) {
            defined.merge(m.group(1), 1, Integer::sum);
        }
        return defined;
    }

    /// The product's and the tests' sources, the Markdown documents under `docs/` and the README.
    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> SOURCE_KINDS.stream().anyMatch(kind -> f.toString().endsWith(kind)))
                        .forEach(files::add);
            }
        }
        try (Stream<Path> walk = Files.walk(Path.of("docs"))) {
            walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")).forEach(files::add);
        }
        files.add(Path.of("README.md"));
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
