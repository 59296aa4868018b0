package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The self-talk meter for one period: how many self-critical and how many self-kind phrases the person's own notes
 * held, out of how many notes.
 */
public record SelfTalkPoint(LocalDate start, int critical, int kind, int notes) {
    public SelfTalkPoint {
        Objects.requireNonNull(start, "start");
    }
}
