package app.groundwork.domain;

import java.util.Objects;

/**
 * An entry just written, with what the crisis screening noticed in its text. The screening runs after the write is
 * committed, so it can never delay or stop a save.
 */
public record Saved<T>(T entry, SafetyCheck safety) {
    public Saved {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(safety, "safety");
    }
}
