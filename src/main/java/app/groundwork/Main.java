package app.groundwork;

import app.groundwork.cli.GroundworkCommand;
import app.groundwork.ui.GroundworkApp;
import java.time.Clock;

/** Entry point: no arguments opens the app window; anything else goes to the command line, which needs no JavaFX. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // the common case goes straight to the window: building the command-line model first costs start-up time
            GroundworkApp.launchWith(new AppContext(
                    DataDirectory.resolve(null, System.getenv(), System.getProperty("user.home")), Clock.systemDefaultZone()));
            System.exit(0);
        }
        System.exit(GroundworkCommand.run(args));
    }
}
