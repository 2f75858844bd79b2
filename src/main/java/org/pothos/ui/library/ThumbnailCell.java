package org.pothos.ui.library;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.thumbnails.ThumbnailRequest;

/**
 * One tile of the grid: a placeholder icon at once, the thumbnail when it arrives (an answer for an
 * item the cell no longer shows is ignored), the analysis badge, a heart on favourites (the
 * detail pane's and the viewer's symbol too), and the
 * selection. A recycled cell cancels its previous request, so cells that scrolled away cost no
 * decoding.
 */
final class ThumbnailCell extends GridCell<MediaItemViewModel> {

    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The tile the keyboard is on; the stylesheet draws its ring while the grid has the focus. */
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

    private final ThumbnailImages images;
    private final LibraryViewModel library;
    private final BiConsumer<MediaItemViewModel, MouseEvent> onOpen;
    private final ImageView imageView = new ImageView();
    private final FontIcon placeholder = new FontIcon("mdi2i-image-outline");
    /** One icon per badge, made when first shown: a reused cell only shows another, never restyles one. */
    private final Map<AnalysisBadge, FontIcon> badges = new EnumMap<>(AnalysisBadge.class);
    private final FontIcon heart = new FontIcon("mdi2h-heart");
    /** Made on first need: a progress bar is costly to build and style, and few tiles ever show one. */
    private ProgressBar progress;
    private final StackPane picture;
    private final Label caption = new Label();
    private final VBox tile;
    private final ChangeListener<Number> selectionListener = (obs, old, now) -> showSelection();
    private final ChangeListener<MediaItemViewModel> cursorListener = (obs, old, now) -> showSelection();
    private final ChangeListener<Object> stateListener = (obs, old, now) -> showState();
    private ThumbnailRequest request;
    private MediaItemViewModel shown;
    private AnalysisBadge shownBadge;

    ThumbnailCell(ThumbnailImages images, LibraryViewModel library, BiConsumer<MediaItemViewModel, MouseEvent> onOpen) {
        this.images = images;
        this.library = library;
        this.onOpen = onOpen;
        getStyleClass().add("thumbnail-cell");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        imageView.fitWidthProperty().bind(widthProperty().subtract(8));
        imageView.fitHeightProperty().bind(heightProperty().subtract(28));
        placeholder.getStyleClass().add("thumbnail-placeholder");
        heart.getStyleClass().add("favourite-mark");
        caption.getStyleClass().add("thumbnail-caption");
        caption.maxWidthProperty().bind(widthProperty().subtract(8));
        picture = new StackPane(placeholder, imageView, heart);
        StackPane.setAlignment(heart, Pos.TOP_LEFT);
        VBox.setVgrow(picture, Priority.ALWAYS);
        tile = new VBox(2, picture, caption);
        tile.setAlignment(Pos.CENTER);
        // The tile stays in the cell for good and is only hidden: taking it out and putting it back
        // on every update would restyle its whole subtree each time.
        setGraphic(tile);
        tile.setVisible(false);
        library.selectionVersionProperty().addListener(selectionListener);
        library.focusedProperty().addListener(cursorListener);
        setOnMouseClicked(this::clicked);
        // The menu opens on the press, before the click: a right-click on a tile outside the selection selects it
        // first, so the menu acts on the picture under the mouse (and is not shown greyed out).
        setOnContextMenuRequested(event -> {
            MediaItemViewModel item = getItem();
            if (item != null && !isEmpty() && !library.isSelected(item.getId())) {
                library.select(item, LibraryViewModel.SelectMode.SINGLE);
            }
        });
    }

    private void clicked(MouseEvent event) {
        MediaItemViewModel item = getItem();
        if (item == null || isEmpty()) {
            return;
        }
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            onOpen.accept(item, event);
            return;
        }
        // A click gives the grid the keyboard, so that the arrows go on from the tile clicked.
        if (getGridView() != null) {
            getGridView().requestFocus();
        }
        boolean secondary = event.getButton() == MouseButton.SECONDARY;
        if (secondary && library.isSelected(item.getId())) {
            return; // right-click on the selection keeps it, for the context menu
        }
        LibraryViewModel.SelectMode mode = event.isShiftDown() ? LibraryViewModel.SelectMode.RANGE
                : event.isShortcutDown() ? LibraryViewModel.SelectMode.TOGGLE : LibraryViewModel.SelectMode.SINGLE;
        library.select(item, mode);
    }

    @Override
    protected void updateItem(MediaItemViewModel item, boolean empty) {
        super.updateItem(item, empty);
        // The grid's rows empty every cell before giving it its item again, on every change of the list and every
        // scroll: an emptied cell only hides its tile and keeps its picture, request and listeners, so that the same
        // item coming back costs nothing; another item replaces them below.
        if (empty || item == null) {
            tile.setVisible(false);
            pseudoClassStateChanged(MISSING, false);
            showSelection();
            return;
        }
        if (item == shown) {
            tile.setVisible(true);
            pseudoClassStateChanged(MISSING, item.isMissing());
            showSelection();
            return; // the grid lays the same item out again: its picture and state are in place
        }
        if (request != null) {
            request.cancel();
            request = null;
        }
        if (shown != null) {
            shown.badgeProperty().removeListener(stateListener);
            shown.progressProperty().removeListener(stateListener);
            shown.favouriteProperty().removeListener(stateListener);
            shown.captionProperty().removeListener(stateListener);
        }
        shown = item;
        imageView.setImage(null);
        tile.setVisible(true);
        shown.badgeProperty().addListener(stateListener);
        shown.progressProperty().addListener(stateListener);
        shown.favouriteProperty().addListener(stateListener);
        shown.captionProperty().addListener(stateListener);
        pseudoClassStateChanged(MISSING, item.isMissing());
        placeholder.setVisible(true);
        showState();
        showSelection();
        request = images.load(item, image -> {
            if (shown == item) {
                imageView.setImage(image);
                placeholder.setVisible(false);
            }
        });
    }

    private void showState() {
        if (shown == null) {
            return;
        }
        AnalysisBadge state = shown.badgeProperty().get();
        if (state != shownBadge) {
            if (shownBadge != null && badges.containsKey(shownBadge)) {
                badges.get(shownBadge).setVisible(false);
            }
            shownBadge = state;
            if (state.icon() != null) {
                badges.computeIfAbsent(state, this::newBadge).setVisible(true);
            }
        }
        boolean running = state == AnalysisBadge.RUNNING;
        if (running && progress == null) {
            progress = new ProgressBar();
            progress.getStyleClass().add("analysis-progress");
            progress.setMaxWidth(Double.MAX_VALUE);
            StackPane.setAlignment(progress, Pos.BOTTOM_CENTER);
            picture.getChildren().add(progress);
        }
        if (progress != null) {
            progress.setVisible(running);
            // An indeterminate bar animates on every frame: only a running job's bar may be one.
            double value = shown.progressProperty().get();
            progress.setProgress(!running ? 0 : value < 0 ? ProgressBar.INDETERMINATE_PROGRESS : value);
        }
        heart.setVisible(shown.favouriteProperty().get());
        if (!shown.getCaption().equals(caption.getText())) {
            caption.setText(shown.getCaption());
        }
    }

    /** The icon of one badge, styled once for good; it sits in the top right corner, shown or hidden. */
    private FontIcon newBadge(AnalysisBadge state) {
        FontIcon icon = new FontIcon(state.icon());
        icon.getStyleClass().addAll("analysis-badge", "badge-" + state.name().toLowerCase(Locale.ROOT));
        StackPane.setAlignment(icon, Pos.TOP_RIGHT);
        picture.getChildren().add(icon);
        return icon;
    }

    private void showSelection() {
        boolean showing = shown != null && !isEmpty();
        pseudoClassStateChanged(SELECTED, showing && library.isSelected(shown.getId()));
        pseudoClassStateChanged(CURSOR, showing && shown == library.focusedProperty().get());
    }
}
