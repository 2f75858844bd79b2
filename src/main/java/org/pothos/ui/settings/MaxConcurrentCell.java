package org.pothos.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableCell;

/**
 * A spinner in the table for an endpoint's concurrent requests, bound to its row. Cells are
 * reused for other rows as the table scrolls, so the binding moves with the row.
 */
final class MaxConcurrentCell extends TableCell<EndpointItemViewModel, Integer> {

    private final IntegerSpinnerValueFactory values = new IntegerSpinnerValueFactory(1, 16);
    private final Spinner<Integer> spinner = new Spinner<>(values);
    private ObjectProperty<Integer> bound;

    MaxConcurrentCell() {
        spinner.setPrefWidth(84);
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            values.valueProperty().unbindBidirectional(bound);
            bound = null;
        }
        ObservableValue<Integer> cellValue = empty ? null : getTableColumn().getCellObservableValue(getIndex());
        if (cellValue instanceof ObjectProperty<Integer> property) {
            values.setValue(property.get());
            values.valueProperty().bindBidirectional(property);
            bound = property;
            setGraphic(spinner);
        } else {
            setGraphic(null);
        }
    }
}
