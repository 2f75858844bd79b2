package org.pothos.ui.viewer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A picture fitted into its area (never enlarged past 100 %) or at 100 %, one picture pixel per device pixel,
 * panned by dragging or scrolling. Sizes follow the picture's own pixel size, not the image's: a screen-size
 * decode or the thumbnail can stand in at 100 % until the full-size decode arrives, without a jump.
 * Double-click zooms to 100 % at the point clicked, or back to fitted.
 */
public final class ZoomableImage extends Region {

    private final ImageView view = new ImageView();
    private final ObjectProperty<ViewerViewModel.Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", ViewerViewModel.Zoom.FIT);
    private final DoubleProperty pictureWidth = new SimpleDoubleProperty(this, "pictureWidth");
    private final DoubleProperty pictureHeight = new SimpleDoubleProperty(this, "pictureHeight");
    /** Top-left corner of the picture at 100 %, relative to the area; kept within bounds by layout. */
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    /** Where the next zoom to 100 % centres, in the area's coordinates; NaN for the middle. */
    private double focusX = Double.NaN;
    private double focusY = Double.NaN;

    public ZoomableImage() {
        getStyleClass().add("zoomable-image");
        view.setPreserveRatio(false);
        view.setSmooth(true);
        getChildren().add(view);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        zoom.addListener((obs, old, now) -> zoomChanged(now));
        view.imageProperty().addListener((obs, old, now) -> requestLayout());
        pictureWidth.addListener((obs, old, now) -> requestLayout());
        pictureHeight.addListener((obs, old, now) -> requestLayout());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(event -> updateCursor());
        setOnMouseClicked(this::clicked);
        setOnScroll(this::scrolled);
    }

    private void zoomChanged(ViewerViewModel.Zoom now) {
        if (now == ViewerViewModel.Zoom.ACTUAL) {
            double fit = fitScale();
            double actual = actualScale();
            double x = Double.isNaN(focusX) ? getWidth() / 2 : focusX;
            double y = Double.isNaN(focusY) ? getHeight() / 2 : focusY;
            // The picture point under (x, y) when fitted stays under it at 100 %.
            double pictureX = (x - offset(getWidth(), width() * fit, 0)) / fit;
            double pictureY = (y - offset(getHeight(), height() * fit, 0)) / fit;
            panX = x - pictureX * actual;
            panY = y - pictureY * actual;
        }
        focusX = Double.NaN;
        focusY = Double.NaN;
        updateCursor();
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (view.getImage() == null || width() <= 0 || height() <= 0) {
            return;
        }
        double scale = zoom.get() == ViewerViewModel.Zoom.ACTUAL ? actualScale() : fitScale();
        double shownWidth = width() * scale;
        double shownHeight = height() * scale;
        panX = offset(getWidth(), shownWidth, panX);
        panY = offset(getHeight(), shownHeight, panY);
        view.setFitWidth(shownWidth);
        view.setFitHeight(shownHeight);
        view.relocate(snapPositionX(panX), snapPositionY(panY));
    }

    /** Centred when the picture is narrower than the area; else the pan, kept so no empty band shows. */
    private static double offset(double area, double shown, double pan) {
        if (shown <= area) {
            return (area - shown) / 2;
        }
        return Math.max(area - shown, Math.min(0, pan));
    }

    private double fitScale() {
        return Math.min(actualScale(), Math.min(getWidth() / width(), getHeight() / height()));
    }

    /** Scene pixels per picture pixel at 100 %: one device pixel each, so less than one on a high-density screen. */
    private double actualScale() {
        double outputScale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        return 1 / Math.max(1, outputScale);
    }

    private double width() {
        return pictureWidth.get() > 0 ? pictureWidth.get() : view.getImage() == null ? 0 : view.getImage().getWidth();
    }

    private double height() {
        return pictureHeight.get() > 0 ? pictureHeight.get() : view.getImage() == null ? 0 : view.getImage().getHeight();
    }

    private boolean pannable() {
        return zoom.get() == ViewerViewModel.Zoom.ACTUAL
                && (width() * actualScale() > getWidth() || height() * actualScale() > getHeight());
    }

    private void pressed(MouseEvent event) {
        dragX = event.getX();
        dragY = event.getY();
        if (pannable()) {
            setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void dragged(MouseEvent event) {
        if (pannable()) {
            panBy(event.getX() - dragX, event.getY() - dragY);
        }
        dragX = event.getX();
        dragY = event.getY();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            focusX = event.getX();
            focusY = event.getY();
            zoom.set(zoom.get() == ViewerViewModel.Zoom.FIT ? ViewerViewModel.Zoom.ACTUAL : ViewerViewModel.Zoom.FIT);
            event.consume();
        }
    }

    private void scrolled(ScrollEvent event) {
        if (pannable()) {
            panBy(event.getDeltaX(), event.getDeltaY());
            event.consume();
        }
    }

    private void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        requestLayout();
    }

    private void updateCursor() {
        setCursor(pannable() ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    public ObjectProperty<Image> imageProperty() {
        return view.imageProperty();
    }

    public ObjectProperty<ViewerViewModel.Zoom> zoomProperty() {
        return zoom;
    }

    /** The picture's width in its own pixels (upright); the image shown may be smaller. 0 uses the image's. */
    public DoubleProperty pictureWidthProperty() {
        return pictureWidth;
    }

    public DoubleProperty pictureHeightProperty() {
        return pictureHeight;
    }
}
