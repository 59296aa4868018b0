package app.groundwork.io.transfer;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ArchivedGoal;
import app.groundwork.domain.transfer.ArchivedOutcome;
import app.groundwork.domain.transfer.JournalArchive;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The journal as readable Markdown: a heading per day, one per entry with its time and kind, then what it says, in the
 * person's words exactly as written. One document, or one per day.
 */
public final class MarkdownExport {
    private final ContentLibrary content;
    private final DateTimeFormatter dayFormat;

    public MarkdownExport(ContentLibrary content, Locale locale) {
        this.content = content;
        this.dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    /** Everything in one document. */
    public String document(JournalArchive archive) {
        StringBuilder text = new StringBuilder("# ").append(Messages.get("markdown.title")).append("\n");
        Map<LocalDate, List<ArchivedEntry>> days = byDay(archive);
        if (days.isEmpty()) {
            text.append('\n').append(Messages.get("markdown.nothing")).append('\n');
        }
        Map<Long, ArchivedGoal> goals = goals(archive);
        days.forEach((day, entries) -> text.append('\n').append(day(day, entries, goals, "##")));
        return text.toString();
    }

    /** One document per day that has entries, keyed by the day. */
    public Map<LocalDate, String> perDay(JournalArchive archive) {
        Map<Long, ArchivedGoal> goals = goals(archive);
        Map<LocalDate, String> files = new LinkedHashMap<>();
        byDay(archive).forEach((day, entries) -> files.put(day, day(day, entries, goals, "#")));
        return files;
    }

    private static Map<LocalDate, List<ArchivedEntry>> byDay(JournalArchive archive) {
        Map<LocalDate, List<ArchivedEntry>> days = new LinkedHashMap<>();
        for (ArchivedEntry entry : archive.entries()) {
            days.computeIfAbsent(entry.date(), day -> new ArrayList<>()).add(entry);
        }
        return days;
    }

    private static Map<Long, ArchivedGoal> goals(JournalArchive archive) {
        Map<Long, ArchivedGoal> goals = new HashMap<>();
        archive.goals().forEach(goal -> goals.put(goal.key(), goal));
        return goals;
    }

    private String day(LocalDate day, List<ArchivedEntry> entries, Map<Long, ArchivedGoal> goals, String heading) {
        StringBuilder text = new StringBuilder(heading).append(' ').append(dayFormat.format(day)).append('\n');
        for (ArchivedEntry entry : entries) {
            text.append('\n').append(heading).append("# ").append(CsvExport.time(entry)).append(" · ")
                    .append(title(entry, goals)).append("\n\n");
            List<String> facts = facts(entry, goals);
            for (String fact : facts) {
                text.append("- ").append(fact).append('\n');
            }
            if (!entry.tags().isEmpty()) {
                text.append("- ").append(Messages.get("markdown.tags",
                        entry.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")))).append('\n');
            }
            String words = words(entry);
            if (!words.isBlank()) {
                text.append(facts.isEmpty() && entry.tags().isEmpty() ? "" : "\n").append(words.strip()).append('\n');
            }
        }
        return text.toString();
    }

    private String title(ArchivedEntry entry, Map<Long, ArchivedGoal> goals) {
        return switch (entry.type()) {
            case CHECKIN -> Messages.get("markdown.checkin", entry.checkIn().mood());
            case REFRAME -> Messages.get(entry.reframe().finished() ? "markdown.reframe" : "markdown.reframe.open");
            case GOAL -> {
                ArchivedGoal goal = goals.get(entry.outcome().goal());
                yield Messages.get("markdown.goal", goal == null ? "" : goal.plan().title(),
                        Messages.get("entry.goal.outcome." + entry.outcome().outcome().id()));
            }
            case ASSESSMENT -> {
                AssessmentScore score = AssessmentScoring.score(entry.assessment().instrument(), entry.assessment().answers());
                yield Messages.get("markdown.assessment", score.instrument().shortName(), score.formattedScore(),
                        score.formattedHighestScore());
            }
            case PRACTICE -> Messages.get("markdown.practice", content.practice(entry.practice().practiceId())
                    .map(practice -> practice.title()).orElse(entry.practice().practiceId()));
            case NOTE -> Messages.get("markdown.note");
        };
    }

    private List<String> facts(ArchivedEntry entry, Map<Long, ArchivedGoal> goals) {
        List<String> facts = new ArrayList<>();
        if (entry.checkIn() != null) {
            CheckInContent c = entry.checkIn();
            if (c.selfTrust() != null) {
                facts.add(Messages.get("markdown.selfTrust", c.selfTrust()));
            }
            if (c.energy() != null) {
                facts.add(Messages.get("markdown.energy", c.energy()));
            }
            if (c.sleepHours() != null) {
                facts.add(Messages.get("markdown.sleep", c.sleepHours()));
            }
            if (!c.emotions().isEmpty()) {
                facts.add(Messages.get("markdown.feelings", emotions(c.emotions())));
            }
            if (!c.bodySignals().isEmpty()) {
                facts.add(Messages.get("markdown.body", c.bodySignals().stream().map(this::signal).collect(Collectors.joining(", "))));
            }
            if (!c.lifeAreas().isEmpty()) {
                facts.add(Messages.get("markdown.areas", c.lifeAreas().stream()
                        .map(area -> content.lifeArea(area).map(found -> found.label()).orElse(area))
                        .collect(Collectors.joining(", "))));
            }
        } else if (entry.reframe() != null) {
            Reframe record = entry.reframe();
            ReframeContent c = record.content();
            add(facts, "markdown.situation", c.situation());
            add(facts, "markdown.thought", c.thought());
            if (c.beliefBefore() != null) {
                facts.add(Messages.get("markdown.beliefBefore", c.beliefBefore()));
            }
            if (!c.emotionsBefore().isEmpty()) {
                facts.add(Messages.get("markdown.feelingsBefore", emotions(c.emotionsBefore())));
            }
            if (!c.traps().isEmpty()) {
                facts.add(Messages.get("markdown.traps", c.traps().stream().map(this::trap).collect(Collectors.joining(", "))));
            }
            add(facts, "markdown.evidenceFor", c.evidenceFor());
            add(facts, "markdown.evidenceAgainst", c.evidenceAgainst());
            add(facts, "markdown.friend", c.friendAnswer());
            add(facts, "markdown.alternative", c.alternative());
            if (c.beliefAfter() != null) {
                facts.add(Messages.get("markdown.beliefAfter", c.beliefAfter()));
            }
            if (!c.emotionsAfter().isEmpty()) {
                facts.add(Messages.get("markdown.feelingsAfter", emotions(c.emotionsAfter())));
            }
        } else if (entry.outcome() != null) {
            ArchivedOutcome outcome = entry.outcome();
            ArchivedGoal goal = goals.get(outcome.goal());
            GoalPlan plan = goal == null ? null : goal.plan();
            if (plan != null && plan.prediction() != null) {
                facts.add(Messages.get("markdown.fear", oneLine(plan.prediction().fear()), plan.prediction().discomfort()));
            }
            if (outcome.result() != null) {
                facts.add(Messages.get("markdown.happened", oneLine(outcome.result().happened()), outcome.result().discomfort()));
                add(facts, "markdown.learned", outcome.result().learned());
            }
        }
        return facts;
    }

    private static String words(ArchivedEntry entry) {
        if (entry.practice() != null) {
            PracticeResponse response = entry.practice();
            StringBuilder text = new StringBuilder();
            for (PracticeAnswer answer : response.answers()) {
                text.append("**").append(answer.prompt().strip()).append("**\n\n").append(answer.answer().strip()).append("\n\n");
            }
            return text.toString();
        }
        if (entry.reframe() != null || entry.assessment() != null) {
            return "";
        }
        return entry.note();
    }

    private String emotions(List<EmotionRating> ratings) {
        return ratings.stream()
                .map(rating -> (rating.custom() ? rating.name()
                        : content.emotion(rating.name()).map(found -> found.label()).orElse(rating.name()))
                        + " (" + rating.intensity() + ")")
                .collect(Collectors.joining(", "));
    }

    private String signal(BodySignalMark mark) {
        return mark.custom() ? mark.name() : content.bodySignal(mark.name()).map(found -> found.label()).orElse(mark.name());
    }

    private String trap(TrapChoice trap) {
        return trap.custom() ? trap.trap() : content.thinkingTrap(trap.trap()).map(found -> found.name()).orElse(trap.trap());
    }

    private static void add(List<String> facts, String key, String text) {
        if (text != null && !text.isBlank()) {
            facts.add(Messages.get(key, oneLine(text)));
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
}
