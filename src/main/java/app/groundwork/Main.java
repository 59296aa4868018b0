package app.groundwork;

import app.groundwork.cli.GroundworkCommand;

/** Entry point: no subcommand opens the app window; a subcommand runs on the command line without JavaFX. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GroundworkCommand.run(args));
    }
}
