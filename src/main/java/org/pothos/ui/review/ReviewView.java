package org.pothos.ui.review;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.review.ReviewItem;
import org.pothos.review.Suggestion;
import org.pothos.review.SuggestionField;
import org.pothos.ui.library.ThumbnailImages;

/**
 * Controller of ReviewView.fxml: binds the picture under review and its suggestions, builds a chip with accept
 * and reject for each suggested label, and turns keys into ViewModel calls.
 */
public final class ReviewView {

    public static final String BUNDLE = "org.pothos.ui.review.ReviewView";

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ReviewViewModel viewModel;
    private final ThumbnailImages thumbnails;
    private final Runnable onBack;
    /** The node that shows each suggestion of the picture, for the keyboard's place. */
    private final Map<SuggestionViewModel, Node> nodes = new HashMap<>();

    @FXML private ResourceBundle resources;
    @FXML private BorderPane root;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label positionLabel;
    @FXML private ToggleButton gridToggle;
    @FXML private CheckBox reviewModeBox;
    @FXML private Button acceptAllButton;
    @FXML private Button rejectAllButton;
    @FXML private Button askAgainButton;
    @FXML private Node singlePane;
    @FXML private StackPane previewBox;
    @FXML private ImageView preview;
    @FXML private Label fileLabel;
    @FXML private VBox titleBox;
    @FXML private Label titleSource;
    @FXML private TextField titleField;
    @FXML private Label currentTitle;
    @FXML private VBox descriptionBox;
    @FXML private Label descriptionSource;
    @FXML private TextArea descriptionField;
    @FXML private Label tagsHeading;
    @FXML private FlowPane tagChips;
    @FXML private Label categoriesHeading;
    @FXML private FlowPane categoryChips;
    @FXML private Label rejectedHeading;
    @FXML private FlowPane rejectedChips;
    @FXML private Node gridPane;
    @FXML private GridView<ReviewTileViewModel> grid;
    @FXML private Label selectedLabel;
    @FXML private Button acceptSelectionButton;
    @FXML private Button rejectSelectionButton;
    @FXML private Node emptyPane;
    @FXML private Label statusLabel;

    /** @param onBack returns to the library */
    public ReviewView(ReviewViewModel viewModel, ThumbnailImages thumbnails, Runnable onBack) {
        this.viewModel = viewModel;
        this.thumbnails = thumbnails;
        this.onBack = onBack;
    }

    @FXML
    private void initialize() {
        var nothing = viewModel.pendingCountProperty().isEqualTo(0);
        var grid = viewModel.gridModeProperty();
        emptyPane.visibleProperty().bind(nothing);
        singlePane.visibleProperty().bind(nothing.not().and(grid.not()));
        gridPane.visibleProperty().bind(nothing.not().and(grid));
        gridToggle.selectedProperty().bindBidirectional(viewModel.gridModeProperty());
        reviewModeBox.selectedProperty().bindBidirectional(viewModel.reviewModeProperty());
        positionLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pendingCountProperty().get() == 0 ? ""
                        : MessageFormat.format(resources.getString("review.position"), viewModel.positionProperty().get() + 1,
                        viewModel.pendingCountProperty().get()),
                viewModel.positionProperty(), viewModel.pendingCountProperty()));
        previousButton.disableProperty().bind(viewModel.positionProperty().lessThanOrEqualTo(0).or(grid));
        nextButton.disableProperty().bind(viewModel.positionProperty().add(1).greaterThanOrEqualTo(viewModel.pendingCountProperty())
                .or(grid));
        var noPicture = viewModel.currentProperty().isNull().or(grid);
        acceptAllButton.disableProperty().bind(noPicture);
        rejectAllButton.disableProperty().bind(noPicture);
        askAgainButton.disableProperty().bind(noPicture);
        statusLabel.textProperty().bind(viewModel.statusProperty());

        preview.imageProperty().bind(viewModel.preview().imageProperty());
        preview.fitWidthProperty().bind(previewBox.widthProperty().subtract(16));
        preview.fitHeightProperty().bind(previewBox.heightProperty().subtract(16));
        titleField.textProperty().bindBidirectional(viewModel.titleTextProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionTextProperty());
        viewModel.currentProperty().addListener((obs, old, now) -> showItem(now));
        viewModel.suggestions().addListener((ListChangeListener<SuggestionViewModel>) change -> showSuggestions());
        viewModel.rejected().addListener((ListChangeListener<Suggestion>) change -> showRejected());
        viewModel.cursorProperty().addListener((obs, old, now) -> {
            mark(old, false);
            mark(now, true);
        });

        this.grid.setItems(viewModel.grid().tiles());
        this.grid.setCellFactory(g -> new ReviewTileCell(thumbnails, viewModel, resources));
        this.grid.setCellWidth(160);
        this.grid.setCellHeight(206);
        selectedLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("review.selected"), viewModel.grid().selectedCountProperty().get()),
                viewModel.grid().selectedCountProperty()));
        acceptSelectionButton.disableProperty().bind(viewModel.grid().selectedCountProperty().isEqualTo(0));
        rejectSelectionButton.disableProperty().bind(viewModel.grid().selectedCountProperty().isEqualTo(0));

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.visibleProperty().addListener((obs, was, visible) -> {
            if (visible) {
                root.requestFocus();
            }
        });
        showItem(null);
    }

    /** The review's keys; while a text field has the focus, only Enter (accept it) and Esc (leave it) are the review's. */
    private void key(KeyEvent event) {
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (typing) {
            if (event.getCode() == KeyCode.ESCAPE) {
                root.requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && event.getTarget() == titleField) {
                acceptTitle();
                root.requestFocus();
                event.consume();
            }
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case A -> {
                if (event.isShiftDown()) {
                    viewModel.acceptAll();
                } else {
                    viewModel.acceptCurrent();
                }
            }
            case R -> {
                if (event.isShiftDown()) {
                    viewModel.rejectAll();
                } else {
                    viewModel.rejectCurrent();
                }
            }
            case DOWN -> viewModel.moveCursor(1);
            case UP -> viewModel.moveCursor(-1);
            case RIGHT -> viewModel.next();
            case LEFT -> viewModel.previous();
            case G -> viewModel.gridModeProperty().set(!viewModel.gridModeProperty().get());
            case E -> titleField.requestFocus();
            case ESCAPE -> back();
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private void showItem(ReviewItem item) {
        fileLabel.setText(item == null ? "" : item.item().fileName());
        currentTitle.setText(item == null || item.item().title() == null ? ""
                : MessageFormat.format(resources.getString("review.now"), item.item().title()));
        showSuggestions();
        showRejected();
    }

    private void showSuggestions() {
        List<SuggestionViewModel> all = viewModel.suggestions();
        nodes.clear();
        showText(titleBox, titleSource, first(all, SuggestionField.TITLE));
        showText(descriptionBox, descriptionSource, first(all, SuggestionField.DESCRIPTION));
        tagChips.getChildren().setAll(all.stream().filter(s -> s.getField() == SuggestionField.TAG).map(this::chip).toList());
        categoryChips.getChildren().setAll(all.stream().filter(s -> s.getField() == SuggestionField.CATEGORY).map(this::chip).toList());
        show(tagsHeading, !tagChips.getChildren().isEmpty());
        show(tagChips, !tagChips.getChildren().isEmpty());
        show(categoriesHeading, !categoryChips.getChildren().isEmpty());
        show(categoryChips, !categoryChips.getChildren().isEmpty());
        mark(viewModel.cursorProperty().get(), true);
    }

    private void showText(VBox box, Label source, SuggestionViewModel suggestion) {
        show(box, suggestion != null);
        box.pseudoClassStateChanged(CURRENT, false);
        if (suggestion != null) {
            source.setText(MessageFormat.format(resources.getString("review.by"), suggestion.getSourceText()));
            nodes.put(suggestion, box);
        }
    }

    private void mark(SuggestionViewModel suggestion, boolean current) {
        Node node = suggestion == null ? null : nodes.get(suggestion);
        if (node != null) {
            node.pseudoClassStateChanged(CURRENT, current);
        }
    }

    private Node chip(SuggestionViewModel suggestion) {
        Label name = new Label(suggestion.getValue());
        name.getStyleClass().add("chip-name");
        Button accept = chipButton("mdi2c-check", "chip-accept", MessageFormat.format(resources.getString("review.chip.accept"),
                suggestion.getValue()));
        accept.setOnAction(event -> viewModel.accept(suggestion));
        Button reject = chipButton("mdi2c-close", "chip-reject", MessageFormat.format(resources.getString("review.chip.reject"),
                suggestion.getValue()));
        reject.setOnAction(event -> viewModel.reject(suggestion));
        HBox chip = new HBox(name, accept, reject);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("suggestion-chip");
        nodes.put(suggestion, chip);
        Tooltip.install(chip, new Tooltip(MessageFormat.format(resources.getString("review.chip.tip"), suggestion.getSourceText())));
        return chip;
    }

    private static Button chipButton(String icon, String styleClass, String accessibleText) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", styleClass);
        // Not focusable: the keys stay with the review, and a click does not move the keyboard's place.
        button.setFocusTraversable(false);
        button.setAccessibleText(accessibleText);
        return button;
    }

    private void showRejected() {
        rejectedChips.getChildren().setAll(viewModel.rejected().stream()
                .filter(s -> s.field().isLabel())
                .map(s -> {
                    Label chip = new Label(s.value());
                    chip.getStyleClass().add("rejected-chip");
                    return chip;
                }).toList());
        show(rejectedHeading, !rejectedChips.getChildren().isEmpty());
        show(rejectedChips, !rejectedChips.getChildren().isEmpty());
    }

    private static SuggestionViewModel first(List<SuggestionViewModel> all, SuggestionField field) {
        return all.stream().filter(s -> s.getField() == field).findFirst().orElse(null);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void back() {
        onBack.run();
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
    private void acceptAll() {
        viewModel.acceptAll();
    }

    @FXML
    private void rejectAll() {
        viewModel.rejectAll();
    }

    @FXML
    private void askAgain() {
        viewModel.askAgain();
    }

    @FXML
    private void acceptTitle() {
        viewModel.acceptText(SuggestionField.TITLE);
    }

    @FXML
    private void rejectTitle() {
        viewModel.rejectText(SuggestionField.TITLE);
    }

    @FXML
    private void acceptDescription() {
        viewModel.acceptText(SuggestionField.DESCRIPTION);
    }

    @FXML
    private void rejectDescription() {
        viewModel.rejectText(SuggestionField.DESCRIPTION);
    }

    @FXML
    private void selectAll() {
        viewModel.grid().selectAll();
    }

    @FXML
    private void acceptSelection() {
        viewModel.grid().acceptSelection();
    }

    @FXML
    private void rejectSelection() {
        viewModel.grid().rejectSelection();
    }
}
