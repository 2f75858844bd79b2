package org.pothos.ui.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.pothos.ui.common.AppIcon;

/** The About dialog: loads AboutDialog.fxml with itself as controller and shows an {@link AboutViewModel}. */
public final class AboutDialog extends Dialog<ButtonType> {

    public static final String BUNDLE = "org.pothos.ui.about.AboutDialog";

    private final AboutViewModel viewModel;

    @FXML private ImageView icon;
    @FXML private Label versionValue;
    @FXML private Label dataFolderValue;
    @FXML private Label logFileValue;
    @FXML private Label javaValue;
    @FXML private Label javafxValue;
    @FXML private Label systemValue;

    public AboutDialog(Window owner, AboutViewModel viewModel, Locale locale) {
        this.viewModel = viewModel;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(bundle.getString("about.title"));
        setDialogPane(load(bundle));
        getDialogPane().getButtonTypes().setAll(new ButtonType(bundle.getString("about.close"), ButtonData.CANCEL_CLOSE));
    }

    private DialogPane load(ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(AboutDialog.class.getResource("AboutDialog.fxml"), bundle);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the About dialog", e);
        }
    }

    @FXML
    private void initialize() {
        AboutFacts facts = viewModel.facts();
        icon.setImage(AppIcon.image(AppIcon.DIALOG_SIZE));
        versionValue.setText(facts.version());
        dataFolderValue.setText(facts.dataFolder().toString());
        logFileValue.setText(facts.logFile().toString());
        javaValue.setText(facts.java());
        javafxValue.setText(facts.javafx());
        systemValue.setText(facts.system());
    }

    @FXML
    private void copyDetails() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.details());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void openDataFolder() {
        viewModel.openDataFolder();
    }
}
