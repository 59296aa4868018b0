package app.groundwork.domain;

/**
 * The "after" of an experiment: what actually happened, how uncomfortable it really was (0–100), and what the person
 * takes from it.
 */
public record ExperimentResult(String happened, int discomfort, String learned) {
    public ExperimentResult {
        happened = happened == null ? "" : happened;
        learned = learned == null ? "" : learned;
    }
}
