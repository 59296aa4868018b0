package app.groundwork.cli;

/** Ends a command with a one-line reason on stderr and an exit status: 2 for bad input, 1 for anything else. */
final class CommandFailure extends RuntimeException {
    static final int BAD_INPUT = 2;
    static final int CANNOT_CONTINUE = 1;

    private final int status;

    CommandFailure(int status, String reason) {
        super(reason);
        this.status = status;
    }

    static CommandFailure badInput(String reason) {
        return new CommandFailure(BAD_INPUT, reason);
    }

    int status() {
        return status;
    }
}
