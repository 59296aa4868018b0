package app.groundwork.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Scores the five self-assessments exactly by their published rules. Answers are the raw ratings in item order;
 * reversed items are turned round here ({@code lowest + highest − answer}: 3 − answer for the RSES, 6 − answer for
 * the SCS-SF) before summing or averaging.
 */
public final class AssessmentScoring {
    /** PHQ-9 item 9 (thoughts of being better off dead or of self-harm); any answer above 0 flags the safety check. */
    public static final int PHQ9_SAFETY_ITEM = 9;
    static final String FIELD = "answers";

    private AssessmentScoring() {
    }

    /**
     * The score, band and safety check for {@code answers}.
     *
     * @throws InvalidEntryException when the number of answers is wrong or an answer is missing or out of range;
     *                               it names every such answer (numbered from 1) and the allowed range
     */
    public static AssessmentScore score(Instrument instrument, List<Integer> answers) {
        List<FieldProblem> problems = problems(instrument, answers);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        int total = 0;
        for (int item = 1; item <= answers.size(); item++) {
            total += scoredAnswer(instrument, item, answers.get(item - 1));
        }
        double score = instrument.scored(total);
        Optional<String> band = instrument.bandFor(score).map(ScoreBand::id);
        boolean flagged = instrument == Instrument.PHQ9 && answers.get(PHQ9_SAFETY_ITEM - 1) > 0;
        return new AssessmentScore(instrument, answers, score, band,
                flagged ? new SafetyCheck(List.of(), true) : SafetyCheck.CLEAR);
    }

    /** Every problem with {@code answers}; empty when they can be scored. */
    public static List<FieldProblem> problems(Instrument instrument, List<Integer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        if (answers.size() != instrument.itemCount()) {
            problems.add(FieldProblem.of(FIELD, "problem.answerCount",
                    instrument.shortName(), instrument.itemCount(), answers.size()));
        }
        for (int item = 1; item <= answers.size(); item++) {
            Integer answer = answers.get(item - 1);
            if (answer == null) {
                problems.add(FieldProblem.of(FIELD, "problem.answerMissing",
                        item, instrument.shortName(), instrument.lowestAnswer(), instrument.highestAnswer()));
            } else if (answer < instrument.lowestAnswer() || answer > instrument.highestAnswer()) {
                problems.add(FieldProblem.of(FIELD, "problem.answerRange",
                        item, answer, instrument.shortName(), instrument.lowestAnswer(), instrument.highestAnswer()));
            }
        }
        return problems;
    }

    /** The rating that counts towards the score for item {@code itemNumber} (from 1): reversed where the scale says so. */
    public static int scoredAnswer(Instrument instrument, int itemNumber, int answer) {
        return instrument.isReversed(itemNumber)
                ? instrument.lowestAnswer() + instrument.highestAnswer() - answer
                : answer;
    }

    /** Every score the instrument can produce, lowest first (for example 0, 4, 8 … 100 for the WHO-5). */
    public static List<Double> possibleScores(Instrument instrument) {
        TreeSet<Double> scores = new TreeSet<>();
        for (int total = instrument.itemCount() * instrument.lowestAnswer();
             total <= instrument.itemCount() * instrument.highestAnswer(); total++) {
            scores.add(instrument.scored(total));
        }
        return List.copyOf(scores);
    }
}
