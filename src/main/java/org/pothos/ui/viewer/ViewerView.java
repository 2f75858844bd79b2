package org.pothos.ui.viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.pothos.ui.common.CombinedBundle;
import org.pothos.ui.common.Completion;
import org.pothos.ui.common.RatingKeys;
import org.pothos.ui.detail.DetailView;
import org.pothos.ui.detail.FactRow;
import org.pothos.ui.detail.LabelChipPane;
import org.pothos.ui.detail.SourceTexts;
import org.pothos.ui.detail.StarRating;

/**
 * Controller of ViewerView.fxml: binds the viewer to its ViewModel and turns keys into its actions (the keys are
 * listed in the shortcuts sheet). While a text field has the focus, keys type; Esc leaves the field.
 */
public final class ViewerView {

    public static final String BUNDLE = "org.pothos.ui.viewer.ViewerView";

    private final ViewerViewModel viewModel;
    private final Runnable showShortcuts;

    @FXML private ResourceBundle resources;
    @FXML private BorderPane root;
    @FXML private Button closeButton;
    @FXML private Label positionLabel;
    @FXML private Label fileNameLabel;
    @FXML private ToggleButton zoomToggle;
    @FXML private ToggleButton infoToggle;
    @FXML private ZoomableImage picture;
    @FXML private VBox problemBox;
    @FXML private Label problemLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ScrollPane infoPanel;
    @FXML private TextField titleField;
    @FXML private StarRating ratingStars;
    @FXML private ToggleButton favouriteToggle;
    @FXML private LabelChipPane tagChips;
    @FXML private TextField tagField;
    @FXML private FactRow cameraRow;
    @FXML private FactRow lensRow;
    @FXML private FactRow takenRow;
    @FXML private FactRow dimensionsRow;
    @FXML private FactRow sizeRow;
    @FXML private FactRow formatRow;
    @FXML private FactRow gpsRow;
    @FXML private FactRow pathRow;

    /** The key that moved the focus to a field also sends a typed character, which must not land in it. */
    private boolean swallowTyped;

    public ViewerView(ViewerViewModel viewModel, Runnable showShortcuts) {
        this.viewModel = viewModel;
        this.showShortcuts = showShortcuts;
    }

    /** Builds the viewer in {@code locale}; it is shown while the ViewModel is open. */
    public static Parent load(ViewerViewModel viewModel, Runnable showShortcuts, Locale locale) {
        FXMLLoader loader = new FXMLLoader(ViewerView.class.getResource("ViewerView.fxml"),
                CombinedBundle.of(locale, List.of(BUNDLE, DetailView.BUNDLE)));
        loader.setControllerFactory(type -> new ViewerView(viewModel, showShortcuts));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the viewer", e);
        }
    }

    @FXML
    private void showSimilar() {
        viewModel.showSimilar();
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(viewModel.openProperty());
        viewModel.openProperty().addListener((obs, was, open) -> {
            if (open) {
                root.requestFocus();
            }
        });
        positionLabel.textProperty().bind(viewModel.positionProperty());
        fileNameLabel.textProperty().bind(viewModel.facts().fileNameProperty());

        picture.imageProperty().bind(viewModel.imageProperty());
        picture.zoomProperty().bindBidirectional(viewModel.zoomProperty());
        picture.pictureWidthProperty().bind(Bindings.createDoubleBinding(() -> viewModel.itemProperty().get() == null ? 0.0
                : (double) viewModel.itemProperty().get().displayWidth(), viewModel.itemProperty()));
        picture.pictureHeightProperty().bind(Bindings.createDoubleBinding(() -> viewModel.itemProperty().get() == null ? 0.0
                : (double) viewModel.itemProperty().get().displayHeight(), viewModel.itemProperty()));
        zoomToggle.setOnAction(event -> viewModel.toggleZoom());
        viewModel.zoomProperty().addListener((obs, old, now) -> zoomToggle.setSelected(now == ViewerViewModel.Zoom.ACTUAL));
        problemBox.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problemLabel.textProperty().bind(viewModel.problemProperty());

        infoToggle.selectedProperty().bindBidirectional(viewModel.infoShownProperty());
        infoPanel.visibleProperty().bind(viewModel.infoShownProperty());
        infoPanel.managedProperty().bind(infoPanel.visibleProperty());
        cameraRow.valueProperty().bind(viewModel.facts().cameraProperty());
        lensRow.valueProperty().bind(viewModel.facts().lensProperty());
        takenRow.valueProperty().bind(viewModel.facts().takenAtProperty());
        dimensionsRow.valueProperty().bind(viewModel.facts().dimensionsProperty());
        sizeRow.valueProperty().bind(viewModel.facts().fileSizeProperty());
        formatRow.valueProperty().bind(viewModel.facts().formatProperty());
        gpsRow.valueProperty().bind(viewModel.facts().gpsProperty());
        pathRow.valueProperty().bind(viewModel.facts().pathProperty());

        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        titleField.setOnAction(event -> {
            viewModel.commitTitle();
            root.requestFocus();
        });
        titleField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commitTitle();
            }
        });
        ratingStars.valueProperty().addListener((obs, old, now) -> viewModel.rate(now.intValue()));
        viewModel.ratingProperty().addListener((obs, old, now) -> ratingStars.setValue(now.intValue()));
        favouriteToggle.selectedProperty().addListener((obs, was, now) -> {
            if (now != viewModel.favouriteProperty().get()) {
                viewModel.toggleFavourite();
            }
        });
        viewModel.favouriteProperty().addListener((obs, was, now) -> favouriteToggle.setSelected(now));
        tagChips.show(viewModel.tags(), viewModel::removeTag, new SourceTexts(resources));
        tagField.textProperty().bindBidirectional(viewModel.newTagProperty());
        Completion.bind(tagField, viewModel::tagSuggestions, viewModel::addTag);

        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
        // "?" is typed with different keys on different layouts: listen for the character.
        root.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if ("?".equals(event.getCharacter()) && !(root.getScene().getFocusOwner() instanceof TextInputControl)) {
                showShortcuts.run();
                event.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::leaveFieldOnEscape);
    }

    /** Esc in a text field gives the keys back to the viewer instead of closing it. */
    private void leaveFieldOnEscape(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && root.getScene().getFocusOwner() instanceof TextInputControl) {
            root.requestFocus();
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        swallowTyped = false;
        if (!viewModel.openProperty().get() || root.getScene().getFocusOwner() instanceof TextInputControl
                || event.isAltDown()) {
            return;
        }
        if (event.isShortcutDown()) {
            if (event.getCode() == KeyCode.Z) {
                viewModel.undo();
                event.consume();
            }
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case ESCAPE -> viewModel.close();
            case LEFT, PAGE_UP, UP -> viewModel.previous();
            case RIGHT, PAGE_DOWN, DOWN -> viewModel.next();
            case HOME -> viewModel.first();
            case END -> viewModel.last();
            case SPACE, Z -> viewModel.toggleZoom();
            case I -> viewModel.infoShownProperty().set(!viewModel.infoShownProperty().get());
            case F -> viewModel.toggleFavourite();
            case S -> viewModel.showSimilar();
            case T -> focusField(tagField);
            case E, F2 -> {
                focusField(titleField);
                titleField.selectAll();
            }
            default -> {
                int stars = RatingKeys.stars(event.getCode());
                if (stars >= 0) {
                    viewModel.rate(stars);
                } else {
                    handled = false;
                }
            }
        }
        if (handled) {
            event.consume();
        }
    }

    /** Moves the keys to a field; the letter that asked for it is not typed into it. */
    private void focusField(TextField field) {
        swallowTyped = true;
        field.requestFocus();
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void addTag() {
        viewModel.addTag();
    }
}
