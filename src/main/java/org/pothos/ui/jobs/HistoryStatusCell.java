package org.pothos.ui.jobs;

import java.util.List;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.analysis.JobStatus;

/** The status column: an icon and the status in words, coloured by outcome from the stylesheet. */
final class HistoryStatusCell extends TableCell<HistoryRowViewModel, HistoryRowViewModel> {

    private static final List<String> OUTCOMES = List.of("job-succeeded", "job-failed", "job-cancelled");

    @Override
    protected void updateItem(HistoryRowViewModel row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            showOutcome(null);
            return;
        }
        JobStatus status = row.getStatus();
        setText(row.getStatusText());
        setGraphic(new FontIcon(switch (status) {
            case SUCCEEDED -> "mdi2c-check-circle-outline";
            case FAILED -> "mdi2a-alert-circle-outline";
            default -> "mdi2c-cancel";
        }));
        showOutcome(switch (status) {
            case SUCCEEDED -> "job-succeeded";
            case FAILED -> "job-failed";
            default -> "job-cancelled";
        });
    }

    /** Touches the style classes only when the outcome changes: tables update cells often. */
    private void showOutcome(String outcome) {
        if (outcome != null && getStyleClass().contains(outcome)) {
            return;
        }
        getStyleClass().removeAll(OUTCOMES);
        if (outcome != null) {
            getStyleClass().add(outcome);
        }
    }
}
