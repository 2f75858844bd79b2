package org.pothos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in this process, as {@code main} would, and captures what it prints. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private final Path dataDir;

    CliRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PothosCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                dir -> {
                    throw new AssertionError("the window must not open from a command");
                });
        return new Result(code, out.toString(), err.toString());
    }
}
