package org.pothos.launcher;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.pothos.cli.PothosCli;
import org.pothos.common.UncaughtExceptions;

/**
 * Entry point of the jar and of {@code mvn javafx:run}: no command opens the window, a command runs
 * on the command line. It does not extend {@code Application}, so JavaFX loads only for the window.
 * The launcher is the one package that knows both faces; the composition root they share
 * ({@code org.pothos.app}) knows neither.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        UncaughtExceptions.installDefault();
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, console);
        PrintWriter err = new PrintWriter(System.err, true, console);
        int code = PothosCli.run(args, out, err, GuiLauncher::launch);
        System.exit(code);
    }
}
