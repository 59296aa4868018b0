package app.groundwork.domain;

import java.util.List;

/** Thrown when an entry is refused; nothing has been written. Carries every problem found, not just the first. */
public final class InvalidEntryException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidEntryException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid entry" : problems.get(0).field() + ": " + problems.get(0).key());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid entry needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
