package app.groundwork.io.transfer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The shape of a Groundwork export file, field by field (see docs/export-format.md). Kept apart from the domain so the
 * file's format changes only on purpose. Every number and text is boxed, so a missing field reads as {@code null} and
 * is reported by name rather than taken as zero.
 */
final class GroundworkJsonDtos {
    private GroundworkJsonDtos() {
    }

    @JsonPropertyOrder({"format", "version", "goals", "entries", "wins", "supportContacts", "helplineChanges", "preferences"})
    record FileDto(String format, Integer version, List<GoalDto> goals, List<EntryDto> entries, List<WinDto> wins,
                   List<ContactDto> supportContacts, List<HelplineDto> helplineChanges, Map<String, String> preferences) {
    }

    @JsonPropertyOrder({"key", "title", "category", "size", "repeat", "due", "note", "experiment", "ideaId", "createdOn",
            "endedOn", "createdAt", "updatedAt"})
    record GoalDto(Long key, String title, String category, Integer size, String repeat, String due, String note,
                   PredictionDto experiment, String ideaId, String createdOn, String endedOn, String createdAt,
                   String updatedAt) {
    }

    @JsonPropertyOrder({"fear", "predicted"})
    record PredictionDto(String fear, Integer predicted) {
    }

    @JsonPropertyOrder({"type", "date", "time", "note", "tags", "createdAt", "updatedAt", "checkin", "reframe", "outcome",
            "assessment", "practice"})
    record EntryDto(String type, String date, String time, String note, List<String> tags, String createdAt,
                    String updatedAt, CheckInDto checkin, ReframeDto reframe, OutcomeDto outcome,
                    AssessmentDto assessment, PracticeDto practice) {
    }

    @JsonPropertyOrder({"mood", "selfTrust", "energy", "sleepHours", "emotions", "bodySignals", "lifeAreas"})
    record CheckInDto(Integer mood, Integer selfTrust, Integer energy, Double sleepHours, List<EmotionDto> emotions,
                      List<SignalDto> bodySignals, List<String> lifeAreas) {
    }

    @JsonPropertyOrder({"name", "custom", "intensity"})
    record EmotionDto(String name, Boolean custom, Integer intensity) {
    }

    @JsonPropertyOrder({"name", "custom"})
    record SignalDto(String name, Boolean custom) {
    }

    @JsonPropertyOrder({"situation", "thought", "emotionsBefore", "beliefBefore", "traps", "evidenceFor",
            "evidenceAgainst", "friendAnswer", "alternative", "emotionsAfter", "beliefAfter", "followUpDays", "step",
            "finishedAt", "followUp"})
    record ReframeDto(String situation, String thought, List<EmotionDto> emotionsBefore, Integer beliefBefore,
                      List<TrapDto> traps, String evidenceFor, String evidenceAgainst, String friendAnswer,
                      String alternative, List<EmotionDto> emotionsAfter, Integer beliefAfter, Integer followUpDays,
                      String step, String finishedAt, FollowUpDto followUp) {
    }

    @JsonPropertyOrder({"trap", "custom", "suggested"})
    record TrapDto(String trap, Boolean custom, Boolean suggested) {
    }

    @JsonPropertyOrder({"due", "belief", "answeredOn"})
    record FollowUpDto(String due, Integer belief, String answeredOn) {
    }

    @JsonPropertyOrder({"goal", "onDate", "outcome", "result"})
    record OutcomeDto(Long goal, String onDate, String outcome, ResultDto result) {
    }

    @JsonPropertyOrder({"happened", "actual", "learned"})
    record ResultDto(String happened, Integer actual, String learned) {
    }

    @JsonPropertyOrder({"instrument", "answers", "score", "band"})
    record AssessmentDto(String instrument, List<Integer> answers, Double score, String band) {
    }

    @JsonPropertyOrder({"practiceId", "weekOf", "finishedAt", "answers"})
    record PracticeDto(String practiceId, String weekOf, String finishedAt, List<AnswerDto> answers) {
    }

    @JsonPropertyOrder({"promptId", "prompt", "answer"})
    record AnswerDto(String promptId, String prompt, String answer) {
    }

    @JsonPropertyOrder({"date", "title", "note", "createdAt"})
    record WinDto(String date, String title, String note, String createdAt) {
    }

    @JsonPropertyOrder({"name", "reach", "note"})
    record ContactDto(String name, String reach, String note) {
    }

    @JsonPropertyOrder({"id", "region", "name", "contact", "hours", "source", "checked", "removed", "own"})
    record HelplineDto(String id, String region, String name, String contact, String hours, String source,
                       String checked, Boolean removed, Boolean own) {
    }
}
