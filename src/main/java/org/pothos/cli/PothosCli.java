package org.pothos.cli;

import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: exit code 0 when all went well, 1 on failure, 2 on a usage error. */
public final class PothosCli {

    private PothosCli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, PothosCommand.GuiStarter gui) {
        return run(args, out, err, gui, System.getenv());
    }

    /** With the environment given instead of the process's (tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, PothosCommand.GuiStarter gui,
                          java.util.Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new PothosCommand(gui, environment));
        // Before the settings below: picocli gives them to the commands present when they are set.
        Subcommands.addTo(commandLine, args);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    // What no command caught is a bug: the log keeps its stack trace for the report.
                    LoggerFactory.getLogger(PothosCli.class).error("{} failed", cmd.getCommandSpec().qualifiedName(" "), e);
                    cmd.getErr().println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    cmd.getErr().flush();
                    return 1;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
