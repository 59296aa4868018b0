package app.groundwork.domain;

/**
 * The "before" of an experiment: what the person fears will happen if they take the step, and how uncomfortable they
 * expect it to be, 0–100.
 */
public record Prediction(String fear, int discomfort) {
    public Prediction {
        fear = fear == null ? "" : fear;
    }
}
