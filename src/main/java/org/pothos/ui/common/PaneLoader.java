package org.pothos.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a pane of the window later than the window itself (see {@link FirstShow}), the way the window's loader loads
 * the panes it includes: with the window's bundle and its controller factory.
 */
public final class PaneLoader {

    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllers;

    public PaneLoader(ResourceBundle bundle, Callback<Class<?>, Object> controllers) {
        this.bundle = bundle;
        this.controllers = controllers;
    }

    /** The pane described by {@code fxml}, its controller initialised. */
    public Parent load(URL fxml) {
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
