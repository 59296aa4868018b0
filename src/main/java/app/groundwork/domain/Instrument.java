package app.groundwork.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The five self-assessments Groundwork offers, with the facts their published scoring rules need. Answers are always
 * the raw ratings a person gives; {@link AssessmentScoring} applies the reversals.
 *
 * <p>Meaningful change, where a source publishes one:
 * <ul>
 *   <li>WHO-5: 10 points on the 0–100 score (Topp, Østergaard, Søndergaard &amp; Bech, "The WHO-5 Well-Being Index:
 *       a systematic review of the literature", Psychotherapy and Psychosomatics 84, 2015, 167–176);</li>
 *   <li>PHQ-9: 5 points (Löwe, Unützer, Callahan, Perkins &amp; Kroenke, "Monitoring depression treatment outcomes
 *       with the Patient Health Questionnaire-9", Medical Care 42, 2004, 1194–1201);</li>
 *   <li>GAD-7: 4 points (Toussaint et al., "Sensitivity to change and minimal clinically important difference of the
 *       7-item Generalized Anxiety Disorder Questionnaire (GAD-7)", Journal of Affective Disorders 265, 2020, 395–401);</li>
 *   <li>RSES and SCS-SF: none is published for single people, so none is claimed.</li>
 * </ul>
 */
public enum Instrument {
    /** WHO-5 Well-Being Index (1998): 5 items rated 0–5, raw sum × 4 gives 0–100. */
    WHO5("who5", "WHO-5", 5, 0, 5, List.of(), Scoring.SUM_TIMES_FOUR, 10, List.of()),
    /** PHQ-9: 9 items rated 0–3, sum 0–27, five bands. */
    PHQ9("phq9", "PHQ-9", 9, 0, 3, List.of(), Scoring.SUM, 5, List.of(
            new ScoreBand(ScoreBand.MINIMAL, 0, 4),
            new ScoreBand(ScoreBand.MILD, 5, 9),
            new ScoreBand(ScoreBand.MODERATE, 10, 14),
            new ScoreBand(ScoreBand.MODERATELY_SEVERE, 15, 19),
            new ScoreBand(ScoreBand.SEVERE, 20, 27))),
    /** GAD-7: 7 items rated 0–3, sum 0–21, four bands. */
    GAD7("gad7", "GAD-7", 7, 0, 3, List.of(), Scoring.SUM, 4, List.of(
            new ScoreBand(ScoreBand.MINIMAL, 0, 4),
            new ScoreBand(ScoreBand.MILD, 5, 9),
            new ScoreBand(ScoreBand.MODERATE, 10, 14),
            new ScoreBand(ScoreBand.SEVERE, 15, 21))),
    /** Rosenberg Self-Esteem Scale: 10 items rated 0–3 (strongly disagree … strongly agree), five reversed, sum 0–30. */
    RSES("rses", "RSES", 10, 0, 3, List.of(2, 5, 6, 8, 9), Scoring.SUM, Double.NaN, List.of()),
    /** Self-Compassion Scale – Short Form: 12 items rated 1–5, six reversed, score is the mean, 1.00–5.00. */
    SCSSF("scssf", "SCS-SF", 12, 1, 5, List.of(1, 4, 8, 9, 11, 12), Scoring.MEAN, Double.NaN, List.of());

    /** How the scored answers become the score. */
    enum Scoring { SUM, SUM_TIMES_FOUR, MEAN }

    private final String id;
    private final String shortName;
    private final int itemCount;
    private final int lowestAnswer;
    private final int highestAnswer;
    private final List<Integer> reversedItems;
    private final Scoring scoring;
    private final double meaningfulChange;
    private final List<ScoreBand> bands;

    Instrument(String id, String shortName, int itemCount, int lowestAnswer, int highestAnswer, List<Integer> reversedItems,
               Scoring scoring, double meaningfulChange, List<ScoreBand> bands) {
        this.id = id;
        this.shortName = shortName;
        this.itemCount = itemCount;
        this.lowestAnswer = lowestAnswer;
        this.highestAnswer = highestAnswer;
        this.reversedItems = reversedItems;
        this.scoring = scoring;
        this.meaningfulChange = meaningfulChange;
        this.bands = bands;
    }

    /** The id used in the journal, in content and on the command line, for example {@code phq9}. */
    public String id() {
        return id;
    }

    /** The instrument's own short name, for example {@code PHQ-9}; a proper name, the same in every language. */
    public String shortName() {
        return shortName;
    }

    public int itemCount() {
        return itemCount;
    }

    /** The lowest raw rating a person can give to one item. */
    public int lowestAnswer() {
        return lowestAnswer;
    }

    /** The highest raw rating a person can give to one item. */
    public int highestAnswer() {
        return highestAnswer;
    }

    /** The items (numbered from 1) whose rating is reversed before scoring, in order; empty when none. */
    public List<Integer> reversedItems() {
        return reversedItems;
    }

    /** Whether item {@code itemNumber} (from 1) is reversed before scoring. */
    public boolean isReversed(int itemNumber) {
        return reversedItems.contains(itemNumber);
    }

    /** The smallest change between two results that the literature treats as meaningful; empty when none is published. */
    public OptionalDouble meaningfulChange() {
        return Double.isNaN(meaningfulChange) ? OptionalDouble.empty() : OptionalDouble.of(meaningfulChange);
    }

    /** The lowest possible score: 0, or 1.0 for the SCS-SF. */
    public double lowestScore() {
        return scored(itemCount * lowestAnswer);
    }

    /** The highest possible score: 100, 27, 21, 30 or 5.0. */
    public double highestScore() {
        return scored(itemCount * highestAnswer);
    }

    /** True when the score is a mean shown with two decimals (SCS-SF); false for whole-number sums. */
    public boolean scoredAsMean() {
        return scoring == Scoring.MEAN;
    }

    /** The published severity bands, lowest first; empty for scales without bands. */
    public List<ScoreBand> bands() {
        return bands;
    }

    /** The band {@code score} falls in; empty for scales without bands. */
    public Optional<ScoreBand> bandFor(double score) {
        return bands.stream().filter(band -> band.contains(score)).findFirst();
    }

    /** The score for a total of already-reversed answers. */
    double scored(int total) {
        switch (scoring) {
            case SUM_TIMES_FOUR:
                return total * 4.0;
            case MEAN:
                return total / (double) itemCount;
            default:
                return total;
        }
    }

    public static Optional<Instrument> fromId(String id) {
        return Arrays.stream(values()).filter(instrument -> instrument.id.equals(id)).findFirst();
    }
}
