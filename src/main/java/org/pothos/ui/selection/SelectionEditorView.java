package org.pothos.ui.selection;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.pothos.library.LabelKind;
import org.pothos.ui.common.Completion;
import org.pothos.ui.detail.DetailView;
import org.pothos.ui.detail.StarRating;

/** Controller of SelectionEditorView.fxml: binds the controls to the ViewModel and forwards actions to it. */
public final class SelectionEditorView {

    public static final String BUNDLE = "org.pothos.ui.selection.SelectionEditor";

    private final SelectionEditorViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private VBox selectionRoot;
    @FXML private Label selectionHeadline;
    @FXML private ProgressIndicator selectionLoading;
    @FXML private StarRating selectionStars;
    @FXML private Label selectionRatingMixed;
    @FXML private ToggleButton selectionFavourite;
    @FXML private Label selectionFavourites;
    @FXML private Button selectionUndo;
    @FXML private Node selectionBusy;
    @FXML private ProgressBar selectionProgress;
    @FXML private Label selectionError;
    @FXML private ShareChips selectionTags;
    @FXML private TextField selectionNewTag;
    @FXML private ShareChips selectionCategories;
    @FXML private TextField selectionNewCategory;
    @FXML private Button selectionTitleRequest;
    @FXML private Node selectionTitleEditor;
    @FXML private TextField selectionTitleField;
    @FXML private Button selectionDescriptionRequest;
    @FXML private Node selectionDescriptionEditor;
    @FXML private TextArea selectionDescriptionArea;

    public SelectionEditorView(SelectionEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        selectionRoot.visibleProperty().bind(viewModel.activeProperty());
        selectionHeadline.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("selection.headline"), viewModel.countProperty().get()), viewModel.countProperty()));
        selectionLoading.visibleProperty().bind(viewModel.loadingProperty());
        selectionStars.valueProperty().bindBidirectional(viewModel.ratingProperty());
        selectionRatingMixed.visibleProperty().bind(viewModel.ratingMixedProperty());
        selectionRatingMixed.managedProperty().bind(selectionRatingMixed.visibleProperty());
        selectionFavourite.selectedProperty().bindBidirectional(viewModel.favouriteProperty());
        selectionFavourites.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("selection.favourites"), viewModel.favouritesProperty().get(), viewModel.countProperty().get()),
                viewModel.favouritesProperty(), viewModel.countProperty()));
        selectionUndo.disableProperty().bind(viewModel.canUndoProperty().not());
        selectionBusy.visibleProperty().bind(viewModel.busyProperty());
        selectionBusy.managedProperty().bind(selectionBusy.visibleProperty());
        selectionProgress.progressProperty().bind(viewModel.progressProperty());
        selectionError.textProperty().bind(viewModel.errorProperty());
        selectionError.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        selectionError.managedProperty().bind(selectionError.visibleProperty());

        selectionTags.show(viewModel.labels(LabelKind.TAG), name -> viewModel.addToAll(LabelKind.TAG, name),
                name -> viewModel.removeFromAll(LabelKind.TAG, name), resources);
        selectionNewTag.textProperty().bindBidirectional(viewModel.newNameProperty(LabelKind.TAG));
        Completion.bind(selectionNewTag, typed -> viewModel.suggestions(LabelKind.TAG, typed), () -> viewModel.addTyped(LabelKind.TAG));
        selectionCategories.show(viewModel.labels(LabelKind.CATEGORY), name -> viewModel.addToAll(LabelKind.CATEGORY, name),
                name -> viewModel.removeFromAll(LabelKind.CATEGORY, name), resources);
        selectionNewCategory.textProperty().bindBidirectional(viewModel.newNameProperty(LabelKind.CATEGORY));
        Completion.bind(selectionNewCategory, typed -> viewModel.suggestions(LabelKind.CATEGORY, typed),
                () -> viewModel.addTyped(LabelKind.CATEGORY));

        bindText(viewModel.title(), selectionTitleRequest, selectionTitleEditor, selectionTitleField);
        selectionTitleField.textProperty().bindBidirectional(viewModel.title().textProperty());
        bindText(viewModel.description(), selectionDescriptionRequest, selectionDescriptionEditor, selectionDescriptionArea);
        selectionDescriptionArea.textProperty().bindBidirectional(viewModel.description().textProperty());
        // Shortcut+Z takes back the last change for all, even while a field has the focus.
        selectionRoot.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (DetailView.UNDO.match(event)) {
                viewModel.undo();
                event.consume();
            }
        });
    }

    private static void bindText(TextForAll text, Button request, Node editor, Node field) {
        request.visibleProperty().bind(text.openProperty().not());
        request.managedProperty().bind(request.visibleProperty());
        editor.visibleProperty().bind(text.openProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        text.openProperty().addListener((obs, was, open) -> {
            if (open) {
                field.requestFocus();
            }
        });
    }

    @FXML
    private void addTag() {
        viewModel.addTyped(LabelKind.TAG);
    }

    @FXML
    private void addCategory() {
        viewModel.addTyped(LabelKind.CATEGORY);
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void requestTitle() {
        viewModel.title().request();
    }

    @FXML
    private void applyTitle() {
        viewModel.title().apply();
    }

    @FXML
    private void cancelTitle() {
        viewModel.title().cancel();
    }

    @FXML
    private void requestDescription() {
        viewModel.description().request();
    }

    @FXML
    private void applyDescription() {
        viewModel.description().apply();
    }

    @FXML
    private void cancelDescription() {
        viewModel.description().cancel();
    }
}
