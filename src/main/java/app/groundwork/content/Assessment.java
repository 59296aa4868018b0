package app.groundwork.content;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.Instrument;
import java.util.List;

/**
 * What a self-assessment screen shows: the instrument's names, its instruction and items in the instrument's own
 * published wording, the answer options, the source credit, and calm descriptions of each part of the score range.
 *
 * @param id          the instrument id ({@link Instrument#id()})
 * @param name        the full name, for example {@code WHO-5 Well-Being Index}
 * @param shortName   the short name, always equal to {@link Instrument#shortName()}, for example {@code WHO-5}
 * @param scoreName   what the score is about, in a few lowercase words, for example {@code wellbeing}
 * @param about       one plain sentence on what the instrument looks at
 * @param instruction the instrument's own instruction
 * @param stem        the words that lead into every item (WHO-5: "Over the last two weeks"), or {@code null}
 * @param items       the items in order, item 1 first, in the instrument's own wording
 * @param options     the answer options in the order the instrument shows them, each with its raw value
 * @param source      the credit line to show with the instrument
 * @param results     descriptions of the score range, lowest first; together they cover every possible score once
 */
public record Assessment(String id, String name, String shortName, String scoreName, String about, String instruction,
                         String stem, List<String> items, List<AnswerOption> options, String source,
                         List<ScoreRange> results) {

    public Assessment {
        items = items == null ? null : List.copyOf(items);
        options = options == null ? null : List.copyOf(options);
        results = results == null ? null : List.copyOf(results);
    }

    public Instrument instrument() {
        return Instrument.fromId(id).orElseThrow(() -> new IllegalStateException("unknown instrument " + id));
    }

    /** The description of the part of the range {@code score} falls in. */
    public ScoreRange resultFor(double score) {
        return results.stream()
                .filter(range -> range.contains(score))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(score + " is outside the " + shortName + " range"));
    }

    public ScoreRange resultFor(AssessmentScore score) {
        return resultFor(score.score());
    }
}
