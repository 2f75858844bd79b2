package org.pothos.launcher;

import java.nio.file.Path;
import org.pothos.app.AppContext;
import org.pothos.app.DataDirectory;
import org.pothos.app.LibraryLock;
import org.pothos.app.LogSetup;
import org.pothos.ui.PothosApplication;

/** Opens the library, then the window; the library closes when the window does. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int launch(String dataDirOption) {
        Path dataDir = DataDirectory.resolve(dataDirOption, System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
        LogSetup.logTo(LogSetup.logDir(dataDir));
        LogSetup.logStart("the window");
        try (AppContext context = AppContext.openForDesktop(dataDir, System.getenv(org.pothos.analysis.OllamaHost.ENV_VARIABLE))) {
            PothosApplication.launch(context);
            return 0;
        } catch (LibraryLock.LibraryInUseException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("Pothos could not start: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(GuiLauncher.class).error("start-up failed", e);
            return 1;
        }
    }
}
