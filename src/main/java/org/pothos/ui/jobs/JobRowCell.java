package org.pothos.ui.jobs;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.analysis.JobStatus;

/**
 * One active job: item and model, a progress bar (indeterminate until the first token), what it
 * is doing, and a cancel button. A recycled cell unbinds from its previous row before binding to
 * the next, so a row never drives two cells.
 */
final class JobRowCell extends ListCell<JobRowViewModel> {

    private static final PseudoClass QUEUED = PseudoClass.getPseudoClass("queued");

    private final Label name = new Label();
    private final Label model = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label state = new Label();
    private final Label message = new Label();
    private final Button cancel = new Button();
    private final HBox content;
    /** Marks a waiting row, so the stylesheet can tell it from one that is sending. */
    private final ChangeListener<JobStatus> statusListener =
            (obs, old, status) -> pseudoClassStateChanged(QUEUED, status == JobStatus.QUEUED);

    JobRowCell(Consumer<JobRowViewModel> onCancel, String cancelTip) {
        getStyleClass().add("job-row");
        name.getStyleClass().add("job-name");
        model.getStyleClass().add("job-model");
        state.getStyleClass().add("job-state");
        message.getStyleClass().add("job-message");
        bar.getStyleClass().addAll("job-progress", "small");
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.getStyleClass().addAll("flat", "button-circle", "cancel-job");
        cancel.setGraphic(new FontIcon("mdi2c-close-circle-outline"));
        cancel.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cancel.setTooltip(new Tooltip(cancelTip));
        cancel.setOnAction(event -> onCancel.accept(getItem()));
        // The state ("Waiting to retry") keeps its width; the item name and the message give way.
        state.setMinWidth(Region.USE_PREF_SIZE);
        model.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(0);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox title = new HBox(8, name, model);
        title.setAlignment(Pos.BASELINE_LEFT);
        HBox status = new HBox(8, state, message);
        status.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(3, title, bar, status);
        HBox.setHgrow(text, Priority.ALWAYS);
        content = new HBox(8, text, cancel);
        content.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A long message must shorten with an ellipsis, not widen the list: with no preferred width
        // of its own the cell takes the list's width, and the cancel button stays in view.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(JobRowViewModel row, boolean empty) {
        JobRowViewModel previous = getItem();
        if (previous != null) {
            previous.statusProperty().removeListener(statusListener);
        }
        super.updateItem(row, empty);
        name.textProperty().unbind();
        bar.progressProperty().unbind();
        state.textProperty().unbind();
        message.textProperty().unbind();
        cancel.disableProperty().unbind();
        if (empty || row == null) {
            pseudoClassStateChanged(QUEUED, false);
            setGraphic(null);
            return;
        }
        row.statusProperty().addListener(statusListener);
        pseudoClassStateChanged(QUEUED, row.getStatus() == JobStatus.QUEUED);
        name.textProperty().bind(row.itemNameProperty());
        model.setText(row.getModel());
        bar.progressProperty().bind(row.progressProperty());
        state.textProperty().bind(row.stateTextProperty());
        message.textProperty().bind(row.messageProperty());
        cancel.disableProperty().bind(row.cancellingProperty());
        setGraphic(content);
    }
}
