package app.groundwork.content;

import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.ScoreBand;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of {@code assessments.json} beyond its JSON shape: every entry is one of the domain's instruments, with
 * exactly as many items as the instrument has, one option for every raw value, and score descriptions that cover every
 * possible score once (matching the published bands where the scale has them).
 */
final class AssessmentChecks implements EntryCheck<Assessment> {
    private static final Set<String> IDS =
            Arrays.stream(Instrument.values()).map(Instrument::id).collect(Collectors.toUnmodifiableSet());

    @Override
    public void check(Assessment assessment, EntryFields fields) {
        fields.requireOneOf("id", assessment.id(), IDS);
        Instrument instrument = assessment.instrument();
        fields.requireText("name", assessment.name());
        fields.requireText("shortName", assessment.shortName());
        if (!assessment.shortName().equals(instrument.shortName())) {
            throw fields.problem("shortName", "\"" + assessment.shortName() + "\" should be \"" + instrument.shortName() + "\"");
        }
        fields.requireText("scoreName", assessment.scoreName());
        fields.requireText("about", assessment.about());
        fields.requireText("instruction", assessment.instruction());
        if (assessment.stem() != null) {
            fields.requireText("stem", assessment.stem());
        }
        fields.requireText("source", assessment.source());
        checkItems(instrument, assessment.items(), fields);
        checkOptions(instrument, assessment.options(), fields);
        checkResults(instrument, assessment.results(), fields);
    }

    /** The app offers every instrument the domain knows, so each needs its entry. */
    static void requireEveryInstrument(String file, List<Assessment> assessments) {
        Set<String> present = assessments.stream().map(Assessment::id).collect(Collectors.toSet());
        for (Instrument instrument : Instrument.values()) {
            if (!present.contains(instrument.id())) {
                throw new ContentException(file, null, "instruments", "there is no entry for \"" + instrument.id() + "\"");
            }
        }
    }

    private static void checkItems(Instrument instrument, List<String> items, EntryFields fields) {
        if (items == null) {
            throw fields.problem("items", "is missing");
        }
        if (items.size() != instrument.itemCount()) {
            throw fields.problem("items", items.size() + " items given; " + instrument.shortName() + " has "
                    + instrument.itemCount());
        }
        for (int i = 0; i < items.size(); i++) {
            fields.requireText("items[" + i + "]", items.get(i));
        }
    }

    private static void checkOptions(Instrument instrument, List<AnswerOption> options, EntryFields fields) {
        if (options == null) {
            throw fields.problem("options", "is missing");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            AnswerOption option = options.get(i);
            String field = "options[" + i + "]";
            if (option == null) {
                throw fields.problem(field, "is missing");
            }
            if (option.value() == null) {
                throw fields.problem(field + ".value", "is missing");
            }
            fields.requireRangeIfSet(field + ".value", option.value(), instrument.lowestAnswer(), instrument.highestAnswer());
            if (!seen.add(option.value())) {
                throw fields.problem(field + ".value", option.value() + " is already used by another option");
            }
            fields.requireText(field + ".label", option.label());
        }
        for (int value = instrument.lowestAnswer(); value <= instrument.highestAnswer(); value++) {
            if (!seen.contains(value)) {
                throw fields.problem("options", "no option has the value " + value + "; " + instrument.shortName()
                        + " answers run from " + instrument.lowestAnswer() + " to " + instrument.highestAnswer());
            }
        }
    }

    private static void checkResults(Instrument instrument, List<ScoreRange> results, EntryFields fields) {
        if (results == null || results.isEmpty()) {
            throw fields.problem("results", results == null ? "is missing" : "is empty");
        }
        Set<String> bandsSeen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ScoreRange range = results.get(i);
            String field = "results[" + i + "]";
            if (range == null) {
                throw fields.problem(field, "is missing");
            }
            if (range.from() == null) {
                throw fields.problem(field + ".from", "is missing");
            }
            if (range.to() == null) {
                throw fields.problem(field + ".to", "is missing");
            }
            if (range.from() > range.to()) {
                throw fields.problem(field + ".from", range.from() + " is above \"to\" (" + range.to() + ")");
            }
            if (i > 0 && range.from() <= results.get(i - 1).to()) {
                throw fields.problem(field + ".from", range.from() + " overlaps the range before it, which ends at "
                        + results.get(i - 1).to() + "; list ranges lowest first without overlap");
            }
            fields.requireText(field + ".label", range.label());
            fields.requireText(field + ".text", range.text());
            checkBand(instrument, range, field, bandsSeen, fields);
        }
        for (double score : AssessmentScoring.possibleScores(instrument)) {
            if (results.stream().noneMatch(range -> range.contains(score))) {
                throw fields.problem("results", "no range covers the possible score " + score);
            }
        }
        for (ScoreBand band : instrument.bands()) {
            if (!bandsSeen.contains(band.id())) {
                throw fields.problem("results", "no range describes the band \"" + band.id() + "\"");
            }
        }
    }

    private static void checkBand(Instrument instrument, ScoreRange range, String field, Set<String> seen, EntryFields fields) {
        if (instrument.bands().isEmpty()) {
            if (range.band() != null) {
                throw fields.problem(field + ".band", instrument.shortName() + " has no bands; leave \"band\" out");
            }
            return;
        }
        Set<String> bandIds = instrument.bands().stream().map(ScoreBand::id).collect(Collectors.toSet());
        fields.requireOneOf(field + ".band", range.band(), bandIds);
        Optional<ScoreBand> band = instrument.bands().stream().filter(b -> b.id().equals(range.band())).findFirst();
        ScoreBand published = band.orElseThrow();
        if (range.from() != published.from() || range.to() != published.to()) {
            throw fields.problem(field + ".from", "the band \"" + published.id() + "\" runs from " + published.from()
                    + " to " + published.to());
        }
        seen.add(published.id());
    }
}
