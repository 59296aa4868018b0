package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.ui.shell.ScreenshotRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code groundwork screenshots}: renders every screen, filled from a demo journal, to PNG files; no display needed. */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Render every screen, in light and dark, from a demo journal to PNG files (no display needed).")
final class ScreenshotsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Path> written = ScreenshotRenderer.renderAll(out.toAbsolutePath());
        written.forEach(file -> spec.commandLine().getOut().println(file));
        spec.commandLine().getOut().println(Messages.get("cli.screenshots.done", written.size(), out.toAbsolutePath()));
        return 0;
    }
}
