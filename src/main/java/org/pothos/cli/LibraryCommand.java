package org.pothos.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pothos.app.AppContext;
import org.pothos.app.DataDirectory;
import org.pothos.app.LibraryLock;
import org.pothos.app.LogSetup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the library: opens it, runs, closes it, and maps failures to exit codes. */
abstract class LibraryCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILURE = 1;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PothosCommand root = (PothosCommand) spec.root().userObject();
        Path dataDir = DataDirectory.resolve(root.dataDir, System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
        LogSetup.setVerbose(root.verbose);
        LogSetup.logTo(LogSetup.logDir(dataDir));
        LogSetup.logStart("the command " + spec.qualifiedName(" "));
        try (AppContext context = AppContext.open(dataDir)) {
            return run(context);
        } catch (LibraryLock.LibraryInUseException e) {
            err().println(e.getMessage());
            return FAILURE;
        } catch (IOException e) {
            err().println("Cannot open the library in " + dataDir + ": " + e.getMessage());
            return FAILURE;
        }
    }

    protected abstract int run(AppContext context) throws IOException;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
