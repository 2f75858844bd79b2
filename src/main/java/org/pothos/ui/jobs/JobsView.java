package org.pothos.ui.jobs;

import java.io.IOException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Controller of JobsView.fxml: binds controls to the ViewModel and forwards actions to it.
 * <p>
 * The active jobs are a ListView with a custom cell rather than ControlsFX's TaskProgressView:
 * that control shows javafx.concurrent.Task objects, which would mean wrapping each engine job in
 * a Task that runs nothing, and its cancel button cancels the Task, not the job. A cell binds the
 * row's properties directly and stays virtualised for batches of thousands.
 */
public final class JobsView {

    private final JobsViewModel viewModel;

    @FXML private Label totalsLabel;
    @FXML private ProgressBar totalProgress;
    @FXML private Label noticeLabel;
    @FXML private Button cancelAllButton;
    @FXML private Button retryFailedButton;
    @FXML private Label activeTitle;
    @FXML private ListView<JobRowViewModel> activeList;
    @FXML private TableView<HistoryRowViewModel> historyTable;
    @FXML private TableColumn<HistoryRowViewModel, String> timeColumn;
    @FXML private TableColumn<HistoryRowViewModel, String> itemColumn;
    @FXML private TableColumn<HistoryRowViewModel, String> modelColumn;
    @FXML private TableColumn<HistoryRowViewModel, HistoryRowViewModel> statusColumn;
    @FXML private TableColumn<HistoryRowViewModel, String> durationColumn;
    @FXML private TableColumn<HistoryRowViewModel, String> messageColumn;
    @FXML private VBox details;
    @FXML private Label detailsHint;
    @FXML private Label errorLabel;
    @FXML private TextArea rawAnswerArea;
    @FXML private Button retryButton;

    public JobsView(JobsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the panel with its texts; dock the returned node at the bottom or in a tab. */
    public static Parent load(JobsViewModel viewModel) throws IOException {
        FXMLLoader loader = new FXMLLoader(JobsView.class.getResource("JobsView.fxml"), viewModel.text().bundle());
        loader.setControllerFactory(type -> new JobsView(viewModel));
        return loader.load();
    }

    @FXML
    private void initialize() {
        totalsLabel.textProperty().bind(viewModel.totals().totalsTextProperty());
        totalProgress.progressProperty().bind(viewModel.totals().progressProperty());
        totalProgress.visibleProperty().bind(viewModel.hasActiveJobsProperty());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        noticeLabel.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        cancelAllButton.disableProperty().bind(viewModel.hasActiveJobsProperty().not());
        retryFailedButton.disableProperty().bind(viewModel.failedInHistoryProperty().isEqualTo(0));
        activeTitle.textProperty().bind(viewModel.activeCountProperty()
                .asString(viewModel.text().bundle().getString("active.title")));

        String cancelTip = viewModel.text().bundle().getString("cancel.tooltip");
        activeList.setItems(viewModel.activeJobs());
        activeList.setCellFactory(list -> new JobRowCell(viewModel::cancel, cancelTip));

        historyTable.setItems(viewModel.history());
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getTimeText()));
        itemColumn.setCellValueFactory(c -> c.getValue().itemNameProperty());
        modelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getModel()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(column -> new HistoryStatusCell());
        durationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getDurationText()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getMessageText()));
        // Not a binding: the ViewModel clears the selection itself when the row goes back to the queue.
        historyTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selectedHistoryProperty().set(row));

        errorLabel.textProperty().bind(viewModel.selectedErrorProperty());
        errorLabel.visibleProperty().bind(viewModel.selectedErrorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        rawAnswerArea.textProperty().bind(viewModel.selectedRawAnswerProperty());
        detailsHint.visibleProperty().bind(viewModel.selectedHistoryProperty().isNull());
        detailsHint.managedProperty().bind(detailsHint.visibleProperty());
        retryButton.disableProperty().bind(viewModel.selectedRetryableProperty().not());
    }

    @FXML
    private void cancelAll() {
        viewModel.cancelAll();
    }

    @FXML
    private void retryFailed() {
        viewModel.retryFailed();
    }

    @FXML
    private void retrySelected() {
        viewModel.retrySelected();
    }
}
