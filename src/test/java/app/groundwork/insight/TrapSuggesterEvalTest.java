package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.TrapSuggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the suggester on {@code reframe/trap-eval.tsv}: natural thoughts with the traps a careful reader names in
 * them (or none). Prints micro-averaged recall and precision, overall and per trap, and every miss and wrong
 * suggestion, so a change to the cues shows its cost at once. The floors sit a little under what the cues reach.
 */
class TrapSuggesterEvalTest {
    private static final String EVAL_SET = "/reframe/trap-eval.tsv";
    private static final String HELD_OUT_SET = "/reframe/trap-heldout.tsv";
    private static final double RECALL_FLOOR = 0.85;
    private static final double PRECISION_FLOOR = 0.95;
    private static final double HELD_OUT_RECALL_FLOOR = 0.0;
    private static final double HELD_OUT_PRECISION_FLOOR = 0.0;

    private static List<Example> examples;
    private static TrapSuggester suggester;

    @BeforeAll
    static void load() {
        suggester = new TrapSuggester(ContentLibrary.loadBundled());
        examples = readExamples(EVAL_SET);
    }

    @Test
    void theSetIsLargeVariedAndNamesOnlyKnownTraps() {
        assertTrue(examples.size() >= 120, "thoughts: " + examples.size());
        long neutral = examples.stream().filter(example -> example.expected().isEmpty()).count();
        assertTrue(neutral >= 25, "neutral thoughts: " + neutral);
        for (String trap : ThinkingTrap.CATALOGUE_IDS) {
            long positives = examples.stream().filter(example -> example.expected().contains(trap)).count();
            assertTrue(positives >= 5, trap + " has " + positives + " thoughts");
        }
        examples.forEach(example -> assertTrue(ThinkingTrap.CATALOGUE_IDS.containsAll(example.expected()), example.text()));
    }

    @Test
    void recallAndPrecisionStayAboveTheirFloors() {
        Measurement development = measure("development set (" + EVAL_SET + ")", examples);
        System.out.println(development.report());
        assertTrue(development.recall() >= RECALL_FLOOR, development::report);
        assertTrue(development.precision() >= PRECISION_FLOOR, development::report);
    }

    @Test
    void heldOutRecallAndPrecisionStayAboveTheirFloors() {
        List<Example> heldOut = readExamples(HELD_OUT_SET);
        assertTrue(heldOut.size() >= 90, "held-out thoughts: " + heldOut.size());
        Measurement measured = measure("held-out set (" + HELD_OUT_SET + ")", heldOut);
        System.out.println(measured.report());
        assertTrue(measured.recall() >= HELD_OUT_RECALL_FLOOR, measured::report);
        assertTrue(measured.precision() >= HELD_OUT_PRECISION_FLOOR, measured::report);
    }

    @Test
    void secondHeldOutSet() {
        List<Example> heldOut = readExamples("/reframe/trap-heldout-2.tsv");
        Measurement measured = measure("second held-out set", heldOut);
        System.out.println(measured.report());
        assertTrue(measured.recall() >= 0 && measured.precision() >= 0);
    }

    /** Micro-averaged over every (thought, trap) pair: a thought with two expected traps counts twice. */
    private static Measurement measure(String name, List<Example> set) {
        Map<String, int[]> perTrap = new LinkedHashMap<>();
        ThinkingTrap.CATALOGUE_IDS.forEach(trap -> perTrap.put(trap, new int[3]));
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Example example : set) {
            List<TrapSuggestion> suggestions = suggester.suggest(example.text());
            Set<String> suggested = suggestions.stream().map(TrapSuggestion::trapId).collect(Collectors.toSet());
            for (String trap : ThinkingTrap.CATALOGUE_IDS) {
                int[] counts = perTrap.get(trap);
                boolean expected = example.expected().contains(trap);
                boolean found = suggested.contains(trap);
                if (expected && found) {
                    counts[0]++;
                } else if (found) {
                    counts[1]++;
                    wrong.add(trap + " ← " + example.text() + "  " + suggestions.stream()
                            .filter(suggestion -> suggestion.trapId().equals(trap)).findFirst().orElseThrow().because());
                } else if (expected) {
                    counts[2]++;
                    misses.add(trap + " ← " + example.text());
                }
            }
        }
        int truePositives = perTrap.values().stream().mapToInt(counts -> counts[0]).sum();
        int falsePositives = perTrap.values().stream().mapToInt(counts -> counts[1]).sum();
        int falseNegatives = perTrap.values().stream().mapToInt(counts -> counts[2]).sum();
        double recall = ratio(truePositives, truePositives + falseNegatives);
        double precision = ratio(truePositives, truePositives + falsePositives);

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Trap suggestions, %s, %d thoughts: recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
                name, set.size(), recall, truePositives, truePositives + falseNegatives, precision, truePositives,
                truePositives + falsePositives));
        report.append(String.format(Locale.ROOT, "%-22s %6s %9s %4s %4s %4s%n", "trap", "recall", "precision", "tp", "fp", "fn"));
        perTrap.forEach((trap, counts) -> report.append(String.format(Locale.ROOT, "%-22s %6.2f %9.2f %4d %4d %4d%n",
                trap, ratio(counts[0], counts[0] + counts[2]), ratio(counts[0], counts[0] + counts[1]),
                counts[0], counts[1], counts[2])));
        report.append("Missed:\n");
        misses.forEach(miss -> report.append("  ").append(miss).append('\n'));
        report.append("Suggested but not expected:\n");
        wrong.forEach(extra -> report.append("  ").append(extra).append('\n'));
        return new Measurement(recall, precision, report.toString());
    }

    private record Measurement(double recall, double precision, String report) {
    }

    @Test
    void noNeutralThoughtGetsASuggestion() {
        List<String> suggested = examples.stream()
                .filter(example -> example.expected().isEmpty())
                .filter(example -> !suggester.suggest(example.text()).isEmpty())
                .map(example -> example.text() + " → " + suggester.suggest(example.text()))
                .toList();
        assertEquals(List.of(), suggested);
    }

    @Test
    void everyWordGivenAsEvidenceIsInTheThoughtAsWritten() {
        for (Example example : examples) {
            for (TrapSuggestion suggestion : suggester.suggest(example.text())) {
                suggestion.because().forEach(words -> assertTrue(example.text().contains(words),
                        () -> "\"" + words + "\" is not in \"" + example.text() + "\""));
            }
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** One line of the set: the traps expected (empty for a neutral thought) and the thought as typed. */
    record Example(Set<String> expected, String text) {
    }

    static List<Example> readExamples(String set) {
        try (InputStream in = TrapSuggesterEvalTest.class.getResourceAsStream(set)) {
            if (in == null) {
                throw new IllegalStateException(set + " is missing");
            }
            List<Example> examples = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("no tab in line: " + line);
                }
                String traps = line.substring(0, tab).strip();
                Set<String> expected = traps.equals("-") ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(traps.split(",")));
                examples.add(new Example(expected, line.substring(tab + 1).strip()));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
