package org.pothos.ui.common;

import java.nio.file.Path;
import java.util.List;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** What the desktop does for a file: open it in its usual program, show its folder, copy its path. */
public final class DesktopActions {

    private final HostServices host;

    public DesktopActions(HostServices host) {
        this.host = host;
    }

    public void open(Path file) {
        host.showDocument(file.toUri().toString());
    }

    /** Opens the folder that holds the file in the system's file manager. */
    public void showInFolder(Path file) {
        Path folder = file.getParent();
        if (folder != null) {
            host.showDocument(folder.toUri().toString());
        }
    }

    public void copyPaths(List<Path> files) {
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join(System.lineSeparator(), files.stream().map(Path::toString).toList()));
        content.putFiles(files.stream().map(Path::toFile).toList());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
