package app.groundwork.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line on a given data folder, with what it printed on stdout and stderr. */
record CommandRun(int status, String out, String err) {
    static CommandRun in(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withDir = new String[args.length + 2];
        withDir[0] = "--data-dir";
        withDir[1] = dataDir.toString();
        System.arraycopy(args, 0, withDir, 2, args.length);
        int status = GroundworkCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(withDir);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
