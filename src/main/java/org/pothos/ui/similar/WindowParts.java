package org.pothos.ui.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pothos.ui.common.AppIcon;

/** What the Similar pictures and Duplicates windows share: loading their FXML, and a window of their own that Esc closes. */
final class WindowParts {

    private WindowParts() {
    }

    static Parent load(String fxml, ResourceBundle bundle, Object controller) {
        FXMLLoader loader = new FXMLLoader(WindowParts.class.getResource(fxml), bundle);
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    static Stage stage(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.getIcons().setAll(AppIcon.windowImages());
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }
}
