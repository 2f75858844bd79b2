package org.pothos.ui.jobs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * Controller of FileWritesView.fxml: the jobs panel's line about labels written into files, and a pop-over listing
 * the files that could not be written with their reasons.
 */
public final class FileWritesView {

    private final FileWritesViewModel viewModel;
    private final ListView<String> problemList = new ListView<>();
    private PopOver problemsPopOver;

    @FXML private VBox root;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private ToggleButton problemsButton;
    @FXML private Button retryButton;

    public FileWritesView(FileWritesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(viewModel.visibleProperty());
        root.managedProperty().bind(root.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        problemsButton.visibleProperty().bind(viewModel.hasProblemsProperty());
        problemsButton.managedProperty().bind(problemsButton.visibleProperty());
        problemsButton.selectedProperty().bindBidirectional(viewModel.problemsShownProperty());
        retryButton.visibleProperty().bind(viewModel.hasProblemsProperty());
        retryButton.managedProperty().bind(retryButton.visibleProperty());

        problemList.setItems(viewModel.problems());
        problemList.getStyleClass().add("file-writes-problems");
        problemList.setPrefSize(640, 200);
        problemsPopOver = new PopOver(problemList);
        problemsPopOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        problemsPopOver.setDetachable(false);
        problemsPopOver.setOnHidden(event -> viewModel.problemsShownProperty().set(false));
        viewModel.problemsShownProperty().addListener((obs, was, shown) -> {
            if (shown && !problemsPopOver.isShowing()) {
                problemsPopOver.show(problemsButton);
            } else if (!shown && problemsPopOver.isShowing()) {
                problemsPopOver.hide();
            }
        });
    }

    @FXML
    private void retry() {
        viewModel.retry();
    }
}
