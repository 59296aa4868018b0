package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.SelfTalkTone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the self-talk meter on notes written like real journal entries after a setback, each labelled by a careful
 * reader as critical, kind, both or neither (the conventions are at the top of each set under
 * {@code src/test/resources/selftalk/}). A note counts as found on a side when the meter counts at least one phrase
 * there; precision and recall are per side, over notes. Prints every miss and every wrong count with the words that
 * matched.
 *
 * <p>The floors sit a little under what the lexicon reaches on these sets, so a change that loses ground fails. Every
 * set has been used to shape the lexicon by now, so these numbers describe wording like theirs; {@code
 * docs/self-talk.md} gives the first measurement of each held-out set, taken before the lexicon learned from it, as the
 * honest estimate for new wording.
 */
class SelfTalkMeterEvalTest {
    /** The sets in the order they were written; each held-out set was written after the lexicon was committed. */
    static final List<String> SETS = List.of("/selftalk/development.txt", "/selftalk/heldout.txt",
            "/selftalk/heldout-2.txt");
    private static final double SET_RECALL_FLOOR = 0.85;
    private static final double SET_PRECISION_FLOOR = 0.97;
    private static final double OVERALL_RECALL_FLOOR = 0.95;
    private static final double OVERALL_PRECISION_FLOOR = 0.98;

    private static SelfTalkMeter meter;
    private static List<Example> all;

    @BeforeAll
    static void load() {
        meter = new SelfTalkMeter(ContentLibrary.loadBundled());
        all = SETS.stream().flatMap(set -> readExamples(set).stream()).toList();
    }

    @Test
    void theSetsAreLargeAndVaried() {
        List<Example> development = readExamples(SETS.get(0));
        assertTrue(development.size() >= 120, "notes in the development set: " + development.size());
        for (SelfTalkTone tone : SelfTalkTone.values()) {
            long labelled = development.stream().filter(example -> example.expected().contains(tone)).count();
            assertTrue(labelled >= 40, tone + " notes: " + labelled);
        }
        assertTrue(development.stream().filter(example -> example.expected().isEmpty()).count() >= 40, "neither notes");
        assertTrue(development.stream().filter(example -> example.expected().size() == 2).count() >= 3, "notes with both");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void eachSetStaysAboveTheFloors(String set) {
        assertAboveTheFloors(measure(set, readExamples(set)), SET_RECALL_FLOOR, SET_PRECISION_FLOOR);
    }

    @Test
    void allSetsTogetherStayAboveTheFloors() {
        assertTrue(all.size() >= 300, "notes: " + all.size());
        assertAboveTheFloors(measure("all sets", all), OVERALL_RECALL_FLOOR, OVERALL_PRECISION_FLOOR);
    }

    static Stream<String> sets() {
        return SETS.stream();
    }

    private static void assertAboveTheFloors(Measurement measured, double recallFloor, double precisionFloor) {
        System.out.println(measured.report());
        for (SelfTalkTone tone : SelfTalkTone.values()) {
            Side side = measured.side(tone);
            assertTrue(side.recall() >= recallFloor, () -> tone + " recall\n" + measured.report());
            assertTrue(side.precision() >= precisionFloor, () -> tone + " precision\n" + measured.report());
        }
    }

    private static Measurement measure(String name, List<Example> set) {
        int[][] counts = new int[SelfTalkTone.values().length][3];
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Example example : set) {
            SelfTalkMeter.Tally tally = meter.count(example.text());
            for (SelfTalkTone tone : SelfTalkTone.values()) {
                int[] side = counts[tone.ordinal()];
                boolean expected = example.expected().contains(tone);
                boolean found = (tone == SelfTalkTone.CRITICAL ? tally.critical() : tally.kind()) > 0;
                if (expected && found) {
                    side[0]++;
                } else if (found) {
                    side[1]++;
                    wrong.add(tone + " ← " + example.text() + "  " + meter.find(example.text()).stream()
                            .filter(match -> match.tone() == tone)
                            .map(match -> match.entryId() + ": \"" + match.words() + "\"").toList());
                } else if (expected) {
                    side[2]++;
                    misses.add(tone + " ← " + example.text());
                }
            }
        }
        Side critical = new Side(counts[0][0], counts[0][1], counts[0][2]);
        Side kind = new Side(counts[1][0], counts[1][1], counts[1][2]);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Self-talk, %s, %d notes (%d critical, %d kind, %d neither)%n", name,
                set.size(), set.stream().filter(example -> example.expected().contains(SelfTalkTone.CRITICAL)).count(),
                set.stream().filter(example -> example.expected().contains(SelfTalkTone.KIND)).count(),
                set.stream().filter(example -> example.expected().isEmpty()).count()));
        report.append(String.format(Locale.ROOT, "  critical: recall %s, precision %s%n", critical.recallText(),
                critical.precisionText()));
        report.append(String.format(Locale.ROOT, "  kind:     recall %s, precision %s%n", kind.recallText(),
                kind.precisionText()));
        report.append("Missed:\n");
        misses.forEach(miss -> report.append("  ").append(miss).append('\n'));
        report.append("Counted but not expected:\n");
        wrong.forEach(extra -> report.append("  ").append(extra).append('\n'));
        return new Measurement(critical, kind, report.toString());
    }

    private record Side(int truePositives, int falsePositives, int falseNegatives) {
        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        String recallText() {
            return String.format(Locale.ROOT, "%.3f (%d/%d)", recall(), truePositives, truePositives + falseNegatives);
        }

        String precisionText() {
            return String.format(Locale.ROOT, "%.3f (%d/%d)", precision(), truePositives, truePositives + falsePositives);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }
    }

    private record Measurement(Side critical, Side kind, String report) {
        Side side(SelfTalkTone tone) {
            return tone == SelfTalkTone.CRITICAL ? critical : kind;
        }
    }

    /** One line of a set: the sides a reader found (empty for neither) and the note as written. */
    record Example(Set<SelfTalkTone> expected, String text) {
    }

    /**
     * Reads a set: {@code label<TAB>note} per line, where the label is {@code critical}, {@code kind},
     * {@code critical,kind} or {@code neither}; blank lines and {@code #} notes are skipped.
     */
    static List<Example> readExamples(String set) {
        try (InputStream in = SelfTalkMeterEvalTest.class.getResourceAsStream(set)) {
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
                    throw new IllegalStateException(set + ": no tab in line: " + line);
                }
                Set<SelfTalkTone> expected = EnumSet.noneOf(SelfTalkTone.class);
                for (String label : line.substring(0, tab).strip().split(",")) {
                    switch (label) {
                        case "critical" -> expected.add(SelfTalkTone.CRITICAL);
                        case "kind" -> expected.add(SelfTalkTone.KIND);
                        case "neither" -> {
                        }
                        default -> throw new IllegalStateException(set + ": unknown label \"" + label + "\" in: " + line);
                    }
                }
                examples.add(new Example(Set.copyOf(expected), line.substring(tab + 1).strip()));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
