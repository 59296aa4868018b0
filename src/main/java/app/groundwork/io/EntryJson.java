package app.groundwork.io;

import app.groundwork.domain.AssessmentSummary;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.TrapChoice;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON other tools read from {@code list --json} and {@code search --json}: one array of entries, each with
 * {@code id}, {@code type}, {@code date} (YYYY-MM-DD), {@code time} (HH:MM), {@code note}, {@code tags}, for
 * check-ins {@code mood}, and for assessments {@code assessment}: {@code {"instrument":"who5","score":64}} (with
 * {@code "band"} for PHQ-9 and GAD-7; the score as in {@link AssessmentJson}). Thought records (type
 * {@code reframe}) add {@code situation}, {@code thought}, {@code alternative}, {@code traps} (each with {@code id} and
 * {@code name}, or {@code name} and {@code "custom":true} for the person's own), {@code before} and {@code after}
 * (each {@code {"belief":…,"emotions":[{"emotion":…,"intensity":…}]}}, fields left out when not rated),
 * {@code finished}, and {@code followUp} ({@code {"due":…,"belief":…,"answered":…}}) when one was asked for. Goal
 * outcomes (type {@code goal}; the note is what the person wrote about how it went) add {@code goalId}, {@code title},
 * {@code category} (its id), {@code size}, {@code outcome} ({@code done}, {@code partly}, {@code skipped} or
 * {@code let-go}) and, for an experiment, {@code experiment}:
 * {@code {"fear":…,"predicted":70,"happened":…,"actual":25,"learned":…,"relief":45}} (the after and the relief,
 * points less uncomfortable than feared, {@code null} until it is closed). Practice entries (type {@code practice}:
 * a guided practice or a weekly review's answer) add {@code practice} (its content id), {@code finished} (false for
 * a practice still under way) and {@code answers} ({@code [{"prompt":…,"answer":…}]}, in order, each prompt as it was
 * shown). Fields are only ever added, never renamed.
 */
public final class EntryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @JsonPropertyOrder({"id", "type", "date", "time", "note", "tags", "mood", "assessment", "situation", "thought",
            "alternative", "traps", "before", "after", "finished", "followUp", "goalId", "title", "category", "size", "outcome",
            "experiment", "practice", "answers", "safety"})
    record EntryDto(long id, String type, String date, String time, String note, List<String> tags, Integer mood,
                    AssessmentDto assessment, String situation, String thought, String alternative,
                    List<TrapDto> traps, RatingsDto before, RatingsDto after, Boolean finished, FollowUpDto followUp,
                    Long goalId, String title, String category, Integer size, String outcome, ExperimentDto experiment,
                    String practice, List<AnswerDto> answers, SafetyDto safety) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"prompt", "answer"})
    record AnswerDto(String prompt, String answer) {
    }

    /** An experiment's before and after; the after stays {@code null} until it is closed, and is written as such. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"fear", "predicted", "happened", "actual", "learned", "relief"})
    record ExperimentDto(String fear, int predicted, String happened, Integer actual, String learned, Integer relief) {
    }

    @JsonPropertyOrder({"id", "name", "custom"})
    record TrapDto(String id, String name, Boolean custom) {
    }

    @JsonPropertyOrder({"belief", "emotions"})
    record RatingsDto(Integer belief, List<EmotionDto> emotions) {
    }

    @JsonPropertyOrder({"emotion", "custom", "intensity"})
    record EmotionDto(String emotion, Boolean custom, int intensity) {
    }

    @JsonPropertyOrder({"due", "belief", "answered"})
    record FollowUpDto(String due, Integer belief, String answered) {
    }

    @JsonPropertyOrder({"flagged", "matched"})
    record SafetyDto(boolean flagged, List<String> matched) {
    }

    @JsonPropertyOrder({"instrument", "score", "band"})
    record AssessmentDto(String instrument, Number score, String band) {
    }

    private EntryJson() {
    }

    /**
     * @param trapName the name of a catalogue trap, from its id
     */
    public static String write(List<JournalEntry> entries, Function<String, String> trapName) {
        return json(entries.stream().map(entry -> dto(entry, trapName, null)).toList());
    }

    /**
     * An entry just saved, as {@code checkin --json} prints it: the shape of {@link #writeOne} plus
     * {@code "safety":{"flagged":…,"matched":[…]}}, the phrases the screening noticed as they were written.
     */
    public static String writeSaved(JournalEntry entry, SafetyCheck safety, Function<String, String> trapName) {
        return json(dto(entry, trapName, new SafetyDto(safety.flagged(), safety.matchedPhrases())));
    }

    private static EntryDto dto(JournalEntry entry, Function<String, String> trapName, SafetyDto safety) {
        Reframe reframe = entry.reframe();
        ReframeContent content = reframe == null ? null : reframe.content();
        GoalMark goal = entry.goal();
        PracticeResponse practice = entry.practice();
        return new EntryDto(entry.id(), entry.type().id(), entry.date().toString(),
                String.format("%02d:%02d", entry.time().getHour(), entry.time().getMinute()),
                entry.note(), entry.tags(), entry.mood(), assessment(entry.assessment()),
                content == null ? null : content.situation(),
                content == null ? null : content.thought(),
                content == null ? null : content.alternative(),
                content == null ? null : content.traps().stream().map(trap -> trap(trap, trapName)).toList(),
                content == null ? null : ratings(content.beliefBefore(), content.emotionsBefore()),
                content == null ? null : ratings(content.beliefAfter(), content.emotionsAfter()),
                reframe != null ? Boolean.valueOf(reframe.finished())
                        : practice != null ? Boolean.valueOf(practice.finishedAt() != null) : null,
                reframe == null || reframe.followUp() == null ? null : followUp(reframe.followUp()),
                goal == null ? null : goal.goal().id(),
                goal == null ? null : goal.goal().title(),
                goal == null ? null : goal.goal().category().id(),
                goal == null ? null : goal.goal().size(),
                goal == null ? null : goal.outcome().id(),
                goal == null ? null : experiment(goal),
                practice == null ? null : practice.practiceId(),
                practice == null ? null : practice.answers().stream().map(EntryJson::answer).toList(),
                safety);
    }

    private static ExperimentDto experiment(GoalMark mark) {
        Prediction before = mark.goal().plan().prediction();
        if (before == null) {
            return null;
        }
        return mark.result() == null
                ? new ExperimentDto(before.fear(), before.discomfort(), null, null, null, null)
                : new ExperimentDto(before.fear(), before.discomfort(), mark.result().happened(),
                        mark.result().discomfort(), mark.result().learned(), mark.relief());
    }

    private static AnswerDto answer(PracticeAnswer answer) {
        return new AnswerDto(answer.prompt(), answer.answer());
    }

    private static TrapDto trap(TrapChoice choice, Function<String, String> trapName) {
        return choice.custom()
                ? new TrapDto(null, choice.trap(), true)
                : new TrapDto(choice.trap(), trapName.apply(choice.trap()), null);
    }

    private static RatingsDto ratings(Integer belief, List<EmotionRating> emotions) {
        return new RatingsDto(belief, emotions.stream()
                .map(rating -> new EmotionDto(rating.name(), rating.custom() ? Boolean.TRUE : null, rating.intensity()))
                .toList());
    }

    private static FollowUpDto followUp(FollowUp followUp) {
        return new FollowUpDto(followUp.due().toString(), followUp.belief(),
                followUp.answeredOn() == null ? null : followUp.answeredOn().toString());
    }

    private static AssessmentDto assessment(AssessmentSummary summary) {
        return summary == null ? null : new AssessmentDto(summary.instrument().id(),
                AssessmentJson.number(summary.instrument(), summary.score()), summary.band().orElse(null));
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entries could not be written as JSON", e);
        }
    }
}
