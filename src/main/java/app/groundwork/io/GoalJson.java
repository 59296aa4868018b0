package app.groundwork.io;

import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Win;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * The JSON of {@code goal}, {@code experiment} and {@code wins}. A goal is
 * {@code {"id":12,"title":…,"category":"movement","size":2,"repeat":"mon,wed","due":null,"note":…,
 * "createdOn":"2026-03-14","endedOn":null,"experiment":null}}: {@code repeat} is {@code ""} for a one-off step,
 * {@code "daily"}, or short weekdays; {@code experiment} is {@code {"fear":…,"predicted":70}} for an experiment. A win
 * is {@code {"date":…,"title":…,"kind":"step","category":"movement","size":2,"note":…,"relief":null}}, {@code kind}
 * one of {@code step}, {@code partly}, {@code experiment}, {@code own}; {@code category} and {@code size} are
 * {@code null} for a win written in by hand, {@code relief} (points less uncomfortable than feared) is set only for an
 * experiment. Something just saved adds {@code "safety":{"flagged":…,"matched":[…]}}. Fields that have no value are
 * written as {@code null}, never left out; fields are only ever added, never renamed.
 */
public final class GoalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    @JsonPropertyOrder({"id", "title", "category", "size", "repeat", "due", "note", "createdOn", "endedOn",
            "experiment", "safety"})
    record GoalDto(long id, String title, String category, int size, String repeat, String due, String note,
                   String createdOn, String endedOn, PredictionDto experiment,
                   @JsonInclude(JsonInclude.Include.NON_NULL) SafetyDto safety) {
    }

    @JsonPropertyOrder({"fear", "predicted"})
    record PredictionDto(String fear, int predicted) {
    }

    @JsonPropertyOrder({"date", "title", "kind", "category", "size", "note", "relief", "safety"})
    record WinDto(String date, String title, String kind, String category, Integer size, String note, Integer relief,
                  @JsonInclude(JsonInclude.Include.NON_NULL) SafetyDto safety) {
    }

    @JsonPropertyOrder({"flagged", "matched"})
    record SafetyDto(boolean flagged, List<String> matched) {
    }

    private GoalJson() {
    }

    /** Goals as one array, in the order given. */
    public static String goals(List<Goal> goals) {
        return json(goals.stream().map(goal -> dto(goal, null)).toList());
    }

    /** A goal just set, with what the screening noticed in its words. */
    public static String savedGoal(Goal goal, SafetyCheck safety) {
        return json(dto(goal, safety(safety)));
    }

    /** Wins as one array, in the order given. */
    public static String wins(List<Win> wins) {
        return json(wins.stream().map(win -> dto(win, null)).toList());
    }

    /** A win just written in, with what the screening noticed in its words. */
    public static String savedWin(Win win, SafetyCheck safety) {
        return json(dto(win, safety(safety)));
    }

    private static GoalDto dto(Goal goal, SafetyDto safety) {
        GoalPlan plan = goal.plan();
        return new GoalDto(goal.id(), plan.title(), plan.category().id(), plan.size(), plan.recurrence().id(),
                plan.due() == null ? null : plan.due().toString(), plan.note(), goal.createdOn().toString(),
                goal.endedOn() == null ? null : goal.endedOn().toString(),
                plan.prediction() == null ? null : new PredictionDto(plan.prediction().fear(), plan.prediction().discomfort()),
                safety);
    }

    private static WinDto dto(Win win, SafetyDto safety) {
        return new WinDto(win.date().toString(), win.title(), win.kind().id(),
                win.category() == null ? null : win.category().id(), win.size(), win.note(), win.relief(), safety);
    }

    private static SafetyDto safety(SafetyCheck safety) {
        return new SafetyDto(safety.flagged(), safety.matchedPhrases());
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("goals could not be written as JSON", e);
        }
    }
}
