package org.pothos.ui.detail;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.library.Availability;
import org.pothos.library.MediaItem;

/** The facts of the shown item's file and camera, as display strings; empty ones are not known. UI thread only. */
public final class FileFactsViewModel {

    private final Locale locale;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper camera = new ReadOnlyStringWrapper(this, "camera", "");
    private final ReadOnlyStringWrapper lens = new ReadOnlyStringWrapper(this, "lens", "");
    private final ReadOnlyStringWrapper takenAt = new ReadOnlyStringWrapper(this, "takenAt", "");
    private final ReadOnlyStringWrapper fileSize = new ReadOnlyStringWrapper(this, "fileSize", "");
    private final ReadOnlyStringWrapper dimensions = new ReadOnlyStringWrapper(this, "dimensions", "");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ReadOnlyStringWrapper gps = new ReadOnlyStringWrapper(this, "gps", "");
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper(this, "path", "");
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper(this, "missing");

    /** @param locale how numbers and dates are written */
    public FileFactsViewModel(Locale locale) {
        this.locale = locale;
    }

    /** Shows the facts of {@code shown}, or none when it is null. */
    public void show(MediaItem shown) {
        fileName.set(shown == null ? "" : shown.fileName());
        camera.set(shown == null ? "" : Facts.camera(shown));
        lens.set(shown == null ? "" : Facts.lens(shown));
        takenAt.set(shown == null ? "" : Facts.takenAt(shown, locale));
        fileSize.set(shown == null ? "" : Facts.fileSize(shown.sizeBytes(), locale));
        dimensions.set(shown == null ? "" : Facts.dimensions(shown, locale));
        format.set(shown == null ? "" : Facts.format(shown));
        gps.set(shown == null ? "" : Facts.gps(shown));
        path.set(shown == null ? "" : Facts.path(shown));
        missing.set(shown != null && shown.availability() == Availability.MISSING);
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lensProperty() {
        return lens.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty takenAtProperty() {
        return takenAt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileSizeProperty() {
        return fileSize.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** Latitude and longitude with five decimals (about a metre), empty when the picture has no position. */
    public ReadOnlyStringProperty gpsProperty() {
        return gps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The file was not found at its path on the last import or rescan. */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }
}
