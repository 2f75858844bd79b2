package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The jobs drawer opens with a batch and closes after it, unless the user opened it; the detail pane toggles. */
class PanesViewModelTest {

    private final SimpleBooleanProperty batch = new SimpleBooleanProperty();
    private final PanesViewModel panes = new PanesViewModel(batch);

    @Test
    void theDrawerFollowsTheBatchesUnlessTheUserOpenedIt() {
        assertFalse(panes.jobsOpenProperty().get(), "closed while idle: the grid has the room");
        batch.set(true);
        assertTrue(panes.jobsOpenProperty().get());
        batch.set(false);
        assertFalse(panes.jobsOpenProperty().get(), "back to the status bar's summary");

        panes.toggleJobs();
        batch.set(true);
        batch.set(false);
        assertTrue(panes.jobsOpenProperty().get(), "opened by the user, it stays open");

        panes.toggleJobs();
        batch.set(true);
        panes.toggleJobs(); // closed by hand during the batch
        panes.toggleJobs(); // and opened again: now the user's
        batch.set(false);
        assertTrue(panes.jobsOpenProperty().get());
    }

    @Test
    void theDetailPaneHidesAndComesBack() {
        assertTrue(panes.detailShownProperty().get());
        panes.toggleDetail();
        assertFalse(panes.detailShownProperty().get());
        panes.toggleDetail();
        assertTrue(panes.detailShownProperty().get());
    }
}
