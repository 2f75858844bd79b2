package org.pothos.ui.detail;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.library.LabelKind;
import org.pothos.ui.common.Completion;

/** Controller of DetailView.fxml: binds controls to the ViewModel and forwards actions to it. */
public final class DetailView {

    /** Ctrl+Z, or Cmd+Z on macOS. */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final String BUNDLE = "org.pothos.ui.detail.DetailView";

    private final DetailViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private VBox root;
    @FXML private HBox problemBanner;
    @FXML private Label problemLabel;
    @FXML private VBox emptyState;
    @FXML private ScrollPane scroller;
    @FXML private StackPane previewBox;
    @FXML private ImageView previewImage;
    @FXML private FontIcon previewPlaceholder;
    @FXML private HBox missingBanner;
    @FXML private Label fileNameLabel;
    @FXML private StarRating ratingStars;
    @FXML private ToggleButton favouriteToggle;
    @FXML private Button undoButton;
    @FXML private Label titleSourceLabel;
    @FXML private TextArea titleField;
    @FXML private Label descriptionSourceLabel;
    @FXML private TextArea descriptionArea;
    @FXML private LabelChipPane tagChips;
    @FXML private TextField newTagField;
    @FXML private LabelChipPane categoryChips;
    @FXML private TextField newCategoryField;
    @FXML private FactRow cameraRow;
    @FXML private FactRow lensRow;
    @FXML private FactRow takenRow;
    @FXML private FactRow dimensionsRow;
    @FXML private FactRow sizeRow;
    @FXML private FactRow formatRow;
    @FXML private FactRow gpsRow;
    @FXML private FactRow availabilityRow;
    @FXML private FactRow pathRow;

    public DetailView(DetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Builds the pane for the default locale. */
    public static Parent load(DetailViewModel viewModel) throws IOException {
        return load(viewModel, Locale.getDefault());
    }

    public static Parent load(DetailViewModel viewModel, Locale locale) throws IOException {
        FXMLLoader loader = new FXMLLoader(DetailView.class.getResource("DetailView.fxml"),
                ResourceBundle.getBundle(BUNDLE, locale));
        loader.setControllerFactory(type -> new DetailView(viewModel));
        return loader.load();
    }

    @FXML
    private void initialize() {
        SourceTexts sources = new SourceTexts(resources);

        emptyState.visibleProperty().bind(viewModel.showingProperty().not());
        scroller.visibleProperty().bind(viewModel.showingProperty());
        problemBanner.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problemBanner.managedProperty().bind(problemBanner.visibleProperty());
        problemLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getProblem() == null ? ""
                : resources.getString("problem." + viewModel.getProblem().name().toLowerCase(Locale.ROOT)),
                viewModel.problemProperty()));

        previewImage.imageProperty().bind(viewModel.previewProperty());
        previewImage.fitWidthProperty().bind(previewBox.widthProperty());
        previewImage.fitHeightProperty().bind(previewBox.heightProperty());
        previewPlaceholder.visibleProperty().bind(viewModel.previewProperty().isNull());
        missingBanner.visibleProperty().bind(viewModel.facts().missingProperty());
        missingBanner.managedProperty().bind(missingBanner.visibleProperty());

        FileFactsViewModel facts = viewModel.facts();
        fileNameLabel.textProperty().bind(facts.fileNameProperty());
        ratingStars.valueProperty().bindBidirectional(viewModel.ratingProperty());
        favouriteToggle.selectedProperty().bindBidirectional(viewModel.favouriteProperty());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());

        titleField.textProperty().bindBidirectional(viewModel.title().textProperty());
        titleField.focusedProperty().addListener((obs, was, focused) -> saveOnLeave(viewModel.title(), focused));
        // The title wraps so that a long one stays readable, but it is one line: Enter saves it.
        titleField.addEventFilter(KeyEvent.KEY_PRESSED, this::saveTitleOnEnter);
        titleSourceLabel.textProperty().bind(sources.by(viewModel.title().sourceProperty()));
        descriptionArea.textProperty().bindBidirectional(viewModel.description().textProperty());
        descriptionArea.focusedProperty().addListener((obs, was, focused) -> saveOnLeave(viewModel.description(), focused));
        descriptionSourceLabel.textProperty().bind(sources.by(viewModel.description().sourceProperty()));

        bindLabels(tagChips, newTagField, viewModel.labels(LabelKind.TAG), sources);
        bindLabels(categoryChips, newCategoryField, viewModel.labels(LabelKind.CATEGORY), sources);

        cameraRow.valueProperty().bind(facts.cameraProperty());
        lensRow.valueProperty().bind(facts.lensProperty());
        takenRow.valueProperty().bind(facts.takenAtProperty());
        dimensionsRow.valueProperty().bind(facts.dimensionsProperty());
        sizeRow.valueProperty().bind(facts.fileSizeProperty());
        formatRow.valueProperty().bind(facts.formatProperty());
        gpsRow.valueProperty().bind(facts.gpsProperty());
        pathRow.valueProperty().bind(facts.pathProperty());
        availabilityRow.valueProperty().bind(Bindings.when(facts.missingProperty())
                .then(resources.getString("availability.missing"))
                .otherwise(resources.getString("availability.present")));
        availabilityRow.alertProperty().bind(facts.missingProperty());

        // A filter, so that Shortcut+Z undoes the pane's last edit even while a text field has the focus.
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::undoOnShortcut);
    }

    private static void bindLabels(LabelChipPane chips, TextField addField, LabelsViewModel labels, SourceTexts sources) {
        chips.show(labels.items(), labels::remove, sources);
        addField.textProperty().bindBidirectional(labels.newNameProperty());
        Completion.bind(addField, labels::suggestions, labels::add);
    }

    private static void saveOnLeave(EditableTextViewModel text, boolean focused) {
        if (!focused) {
            text.commit();
        }
    }

    /** Puts the keys in the title field, its text selected (F2 in the grid). */
    public void focusTitle() {
        if (viewModel.showingProperty().get()) {
            titleField.requestFocus();
            titleField.selectAll();
        }
    }

    private void saveTitleOnEnter(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            viewModel.title().commit();
            event.consume();
        }
    }

    private void undoOnShortcut(KeyEvent event) {
        if (UNDO.match(event)) {
            viewModel.undo();
            event.consume();
        }
    }

    @FXML
    private void addTag() {
        viewModel.labels(LabelKind.TAG).add();
    }

    @FXML
    private void addCategory() {
        viewModel.labels(LabelKind.CATEGORY).add();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }
}
