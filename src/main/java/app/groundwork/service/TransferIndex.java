package app.groundwork.service;

import app.groundwork.content.Assessment;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Practice;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ArchivedGoal;
import app.groundwork.domain.transfer.ArchivedOutcome;
import app.groundwork.domain.transfer.EntryIndexer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The full-text row of each entry an import adds, worked out as each kind's own service does when the entry is first
 * written (so a restored journal's search finds exactly what the original's did; {@code TransferRoundTripTest} compares
 * the two tables row by row).
 */
final class TransferIndex implements EntryIndexer {
    private final ContentLibrary content;

    TransferIndex(ContentLibrary content) {
        this.content = content;
    }

    @Override
    public IndexText index(ArchivedEntry entry, ArchivedGoal goal) {
        return switch (entry.type()) {
            case CHECKIN -> checkIn(entry.checkIn());
            case REFRAME -> reframe(entry.reframe().content());
            case GOAL -> outcome(entry, entry.outcome(), goal);
            case ASSESSMENT -> assessment(entry);
            case PRACTICE -> practice(entry.practice());
            case NOTE -> new IndexText(entry.note(), String.join(" ", entry.tags()));
        };
    }

    private static IndexText checkIn(CheckInContent c) {
        String labels = Stream.of(
                        c.tags().stream(),
                        c.emotions().stream().filter(EmotionRating::custom).map(EmotionRating::name),
                        c.bodySignals().stream().filter(BodySignalMark::custom).map(BodySignalMark::name))
                .flatMap(s -> s)
                .collect(Collectors.joining(" "));
        return new IndexText(c.note(), labels);
    }

    private IndexText reframe(ReframeContent c) {
        String labels = Stream.concat(
                        c.traps().stream().map(this::trapName),
                        Stream.concat(c.emotionsBefore().stream(), c.emotionsAfter().stream())
                                .filter(EmotionRating::custom)
                                .map(EmotionRating::name))
                .distinct()
                .collect(Collectors.joining(" "));
        return new IndexText(c.allText(), labels);
    }

    private String trapName(TrapChoice trap) {
        return trap.custom() ? trap.trap()
                : content.thinkingTrap(trap.trap()).map(found -> found.name() + " " + trap.trap()).orElse(trap.trap());
    }

    private IndexText outcome(ArchivedEntry entry, ArchivedOutcome outcome, ArchivedGoal goal) {
        StringBuilder body = new StringBuilder(goal.plan().title()).append('\n').append(entry.note());
        if (goal.plan().prediction() != null) {
            body.append('\n').append(goal.plan().prediction().fear());
        }
        if (outcome.result() != null) {
            body.append('\n').append(outcome.result().happened()).append('\n').append(outcome.result().learned());
        }
        String labels = Stream.of(content.goalIdeas().categoryName(goal.plan().category()), outcome.outcome().id(),
                        goal.plan().experiment() ? "experiment" : "")
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
        return new IndexText(body.toString().strip(), labels);
    }

    private IndexText assessment(ArchivedEntry entry) {
        Assessment wording = content.assessment(entry.assessment().instrument());
        return new IndexText("", String.join(" ", wording.shortName(), wording.name(), wording.scoreName()));
    }

    private IndexText practice(PracticeResponse response) {
        String body = response.answers().stream()
                .map(answer -> answer.prompt() + "\n" + answer.answer())
                .collect(Collectors.joining("\n\n"))
                .strip();
        if (response.weeklyReview()) {
            return new IndexText(body, PracticeResponse.WEEKLY_REVIEW.replace('-', ' '));
        }
        String title = content.practice(response.practiceId()).map(Practice::title).orElse(response.practiceId());
        return new IndexText((title + "\n\n" + body).strip(), "practice " + title);
    }
}
