package app.groundwork.io.transfer;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ArchivedGoal;
import app.groundwork.domain.transfer.ArchivedOutcome;
import app.groundwork.domain.transfer.JournalArchive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One spreadsheet file per kind of entry ({@code checkins.csv}, {@code reframes.csv}, {@code goals.csv},
 * {@code assessments.csv}, {@code practices.csv}, {@code notes.csv}), oldest first, RFC 4180 with CRLF and UTF-8
 * (with a byte-order mark so spreadsheet apps read emoji and accents right). Lists inside a cell are joined with
 * {@code "; "}; the columns are described in docs/export-format.md.
 */
public final class CsvExport {
    /** Spreadsheet apps take this mark as "the file is UTF-8". */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvExport() {
    }

    /** File name → the file's text, in a fixed order; every file is written, with its header, even when empty. */
    public static Map<String, String> files(JournalArchive archive) {
        Map<Long, ArchivedGoal> goals = new LinkedHashMap<>();
        archive.goals().forEach(goal -> goals.put(goal.key(), goal));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("checkins.csv", table(List.of("date", "time", "mood", "self_trust", "energy", "sleep_hours", "emotions",
                "body_signals", "life_areas", "tags", "note"), archive, EntryType.CHECKIN, CsvExport::checkIn));
        files.put("reframes.csv", table(List.of("date", "time", "finished", "situation", "thought", "belief_before",
                "emotions_before", "traps", "evidence_for", "evidence_against", "friend_answer", "alternative",
                "belief_after", "emotions_after", "follow_up_due", "follow_up_belief"), archive, EntryType.REFRAME, CsvExport::reframe));
        files.put("goals.csv", table(List.of("date", "time", "step", "category", "size", "repeat", "outcome", "note",
                "fear", "predicted", "happened", "actual", "learned"), archive, EntryType.GOAL, entry -> outcome(entry, goals)));
        files.put("assessments.csv", table(List.of("date", "time", "instrument", "score", "band", "answers"), archive,
                EntryType.ASSESSMENT, CsvExport::assessment));
        files.put("practices.csv", table(List.of("date", "time", "practice", "week_of", "finished", "answers"), archive,
                EntryType.PRACTICE, CsvExport::practice));
        files.put("notes.csv", table(List.of("date", "time", "tags", "note"), archive, EntryType.NOTE,
                entry -> List.of(entry.date().toString(), time(entry), String.join("; ", entry.tags()), entry.note())));
        return files;
    }

    private static String table(List<String> header, JournalArchive archive, EntryType type,
                                Function<ArchivedEntry, List<String>> row) {
        StringBuilder text = new StringBuilder(BYTE_ORDER_MARK).append(Csv.record(header));
        for (ArchivedEntry entry : archive.entries()) {
            if (entry.type() == type) {
                text.append(Csv.record(row.apply(entry)));
            }
        }
        return text.toString();
    }

    private static List<String> checkIn(ArchivedEntry entry) {
        CheckInContent c = entry.checkIn();
        return List.of(entry.date().toString(), time(entry), String.valueOf(c.mood()), number(c.selfTrust()),
                number(c.energy()), c.sleepHours() == null ? "" : String.valueOf(c.sleepHours()), emotions(c.emotions()),
                c.bodySignals().stream().map(mark -> mark.name()).collect(Collectors.joining("; ")),
                String.join("; ", c.lifeAreas()), String.join("; ", entry.tags()), entry.note());
    }

    private static List<String> reframe(ArchivedEntry entry) {
        Reframe record = entry.reframe();
        ReframeContent c = record.content();
        return List.of(entry.date().toString(), time(entry), record.finished() ? "yes" : "no", c.situation(), c.thought(),
                number(c.beliefBefore()), emotions(c.emotionsBefore()),
                c.traps().stream().map(trap -> trap.trap()).collect(Collectors.joining("; ")), c.evidenceFor(),
                c.evidenceAgainst(), c.friendAnswer(), c.alternative(), number(c.beliefAfter()), emotions(c.emotionsAfter()),
                record.followUp() == null ? "" : record.followUp().due().toString(),
                record.followUp() == null ? "" : number(record.followUp().belief()));
    }

    private static List<String> outcome(ArchivedEntry entry, Map<Long, ArchivedGoal> goals) {
        ArchivedOutcome outcome = entry.outcome();
        ArchivedGoal goal = goals.get(outcome.goal());
        GoalPlan plan = goal == null ? null : goal.plan();
        List<String> row = new ArrayList<>(List.of(entry.date().toString(), time(entry),
                plan == null ? "" : plan.title(), plan == null ? "" : plan.category().id(),
                plan == null ? "" : String.valueOf(plan.size()), plan == null ? "" : plan.recurrence().id(),
                outcome.outcome().id(), entry.note(),
                plan == null || plan.prediction() == null ? "" : plan.prediction().fear(),
                plan == null || plan.prediction() == null ? "" : String.valueOf(plan.prediction().discomfort())));
        row.add(outcome.result() == null ? "" : outcome.result().happened());
        row.add(outcome.result() == null ? "" : String.valueOf(outcome.result().discomfort()));
        row.add(outcome.result() == null ? "" : outcome.result().learned());
        return row;
    }

    private static List<String> assessment(ArchivedEntry entry) {
        AssessmentScore score = AssessmentScoring.score(entry.assessment().instrument(), entry.assessment().answers());
        return List.of(entry.date().toString(), time(entry), score.instrument().id(), score.formattedScore(),
                score.band().orElse(""), score.answers().stream().map(String::valueOf).collect(Collectors.joining("; ")));
    }

    private static List<String> practice(ArchivedEntry entry) {
        PracticeResponse response = entry.practice();
        String answers = response.answers().stream()
                .map(answer -> answer.prompt() + "\n" + answer.answer())
                .collect(Collectors.joining("\n\n"));
        return List.of(entry.date().toString(), time(entry), response.practiceId(),
                response.weekOf() == null ? "" : response.weekOf().toString(), response.finishedAt() == null ? "no" : "yes",
                answers);
    }

    private static String emotions(List<EmotionRating> ratings) {
        return ratings.stream().map(rating -> rating.name() + " " + rating.intensity()).collect(Collectors.joining("; "));
    }

    private static String number(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    static String time(ArchivedEntry entry) {
        return String.format(Locale.ROOT, "%02d:%02d", entry.time().getHour(), entry.time().getMinute());
    }
}
