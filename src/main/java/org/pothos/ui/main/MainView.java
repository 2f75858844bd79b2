package org.pothos.ui.main;

import java.io.File;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.pothos.ui.common.FirstShow;
import org.pothos.ui.common.PaneLoader;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.search.SearchStatusViewModel;

/**
 * Controller of MainView.fxml: the banners (jobs waiting from last time, Ollama) and the status bar; the parts have their own
 * controllers. The parts nobody sees at start (the review, the selection editor) are loaded when first shown.
 */
public final class MainView {

    private static final String REVIEW = "/org/pothos/ui/review/ReviewView.fxml";
    private static final String SELECTION_EDITOR = "/org/pothos/ui/selection/SelectionEditorView.fxml";

    private final MainViewModel viewModel;
    private final PanesViewModel panes;
    private final ResumePromptViewModel resumePrompt;
    private final Runnable openSettings;
    private final SearchStatusViewModel search;
    private final PaneLoader panesLater;

    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

    @FXML private ResourceBundle resources;
    @FXML private BorderPane window;
    @FXML private HBox resumeBanner;
    @FXML private Label resumeText;
    @FXML private HBox banner;
    @FXML private Label bannerText;
    @FXML private Label countLabel;
    @FXML private Label selectionLabel;
    @FXML private Label statusLabel;
    @FXML private Label ollamaLabel;
    @FXML private ProgressBar importProgress;
    @FXML private Button cancelImportButton;
    @FXML private ToggleButton jobsToggle;
    @FXML private ToggleButton detailToggle;
    @FXML private SplitPane split;
    @FXML private SplitPane gridAndJobs;
    @FXML private StackPane detailArea;
    @FXML private Node jobsDrawer;
    @FXML private ProgressBar analysisProgress;
    @FXML private Label searchActivity;
    @FXML private ProgressBar searchProgress;
    @FXML private Button stopSearchWork;
    @FXML private Button resumeSearchWork;
    /** The grid's place, which the review takes while it is open; the grid is its include's root. */
    @FXML private StackPane gridArea;
    @FXML private Node grid;

    /** @param panesLater loads the parts that are built when first shown */
    public MainView(MainViewModel viewModel, PanesViewModel panes, ResumePromptViewModel resumePrompt, SearchStatusViewModel search,
                    Runnable openSettings, PaneLoader panesLater) {
        this.viewModel = viewModel;
        this.panes = panes;
        this.resumePrompt = resumePrompt;
        this.search = search;
        this.openSettings = openSettings;
        this.panesLater = panesLater;
    }

    @FXML
    private void stopSearchWork() {
        search.stop();
    }

    @FXML
    private void resumeSearchWork() {
        search.resume();
    }

    private void bindSearchActivity() {
        searchActivity.textProperty().bind(search.activityProperty());
        searchActivity.visibleProperty().bind(search.activityShownProperty());
        searchActivity.managedProperty().bind(searchActivity.visibleProperty());
        searchProgress.progressProperty().bind(search.activityProgressProperty());
        searchProgress.visibleProperty().bind(search.activityShownProperty().and(search.canResumeProperty().not()));
        searchProgress.managedProperty().bind(searchProgress.visibleProperty());
        stopSearchWork.visibleProperty().bind(search.canStopProperty());
        stopSearchWork.managedProperty().bind(stopSearchWork.visibleProperty());
        resumeSearchWork.visibleProperty().bind(search.canResumeProperty());
        resumeSearchWork.managedProperty().bind(resumeSearchWork.visibleProperty());
    }

    @FXML
    private void openSettings() {
        openSettings.run();
    }

    @FXML
    private void initialize() {
        acceptDroppedFiles();
        LibraryViewModel library = viewModel.library();
        grid.visibleProperty().bind(viewModel.sidebar().reviewingProperty().not());
        FirstShow.build(viewModel.sidebar().reviewingProperty(), () -> panesLater.load(MainView.class.getResource(REVIEW)), review -> {
            review.visibleProperty().bind(viewModel.sidebar().reviewingProperty());
            gridArea.getChildren().add(review);
            review.requestFocus(); // as it does each time it is shown again
        });
        FirstShow.build(viewModel.selectionEditor().activeProperty(),
                () -> panesLater.load(MainView.class.getResource(SELECTION_EDITOR)), detailArea.getChildren()::add);
        resumeBanner.visibleProperty().bind(resumePrompt.messageProperty().isNotNull());
        resumeBanner.managedProperty().bind(resumeBanner.visibleProperty());
        resumeText.textProperty().bind(resumePrompt.messageProperty());
        banner.visibleProperty().bind(viewModel.ollamaProblemProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        bannerText.textProperty().bind(viewModel.ollamaProblemProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("status.items"), library.itemCountProperty().get()), library.itemCountProperty()));
        selectionLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("status.selected"), library.selectedCountProperty().get()), library.selectedCountProperty()));
        statusLabel.textProperty().bind(library.statusProperty());
        ollamaLabel.textProperty().bind(viewModel.ollamaStatusProperty());
        importProgress.visibleProperty().bind(library.importingProperty());
        importProgress.progressProperty().bind(library.importProgressProperty());
        cancelImportButton.visibleProperty().bind(library.importingProperty());
        // The jobs drawer's one-line summary: the running or finished batch, else just "Jobs".
        jobsToggle.textProperty().bind(Bindings.createStringBinding(() -> {
            String status = viewModel.jobs().totals().statusTextProperty().get();
            return status == null || status.isEmpty() ? resources.getString("panes.jobs") : status;
        }, viewModel.jobs().totals().statusTextProperty()));
        jobsToggle.selectedProperty().bindBidirectional(panes.jobsOpenProperty());
        detailToggle.selectedProperty().bindBidirectional(panes.detailShownProperty());
        showWhile(split, detailArea, panes.detailShownProperty().get(), panes.detailShownProperty());
        drawer(gridAndJobs, jobsDrawer, panes.jobsOpenProperty());
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), panes::toggleDetail);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), panes::toggleJobs);
            }
        });
        analysisProgress.visibleProperty().bind(viewModel.jobs().hasActiveJobsProperty());
        analysisProgress.progressProperty().bind(viewModel.jobs().totals().progressProperty());
        bindSearchActivity();
    }

    /**
     * Keeps {@code item}, the last of the split pane's items, in the pane while {@code shown} holds; taken out, the
     * rest gets its room, and put back it gets the place it had.
     */
    private static void showWhile(SplitPane pane, Node item, boolean initially, ObservableBooleanValue shown) {
        double[] position = {pane.getDividerPositions().length == 0 ? 0.7 : pane.getDividerPositions()[pane.getDividerPositions().length - 1]};
        Runnable apply = () -> {
            boolean in = pane.getItems().contains(item);
            if (shown.get() && !in) {
                pane.getItems().add(item);
                pane.setDividerPosition(pane.getItems().size() - 2, position[0]);
            } else if (!shown.get() && in) {
                double[] dividers = pane.getDividerPositions();
                position[0] = dividers[dividers.length - 1];
                pane.getItems().remove(item);
            }
        };
        if (!initially) {
            apply.run();
        }
        shown.addListener((obs, was, now) -> apply.run());
    }

    /**
     * The last item of {@code pane} as a drawer: closed, it is hidden and its divider sits at the end, so the rest
     * gets the room; opened, it comes back to the height it had. It stays in the scene, styled, so that opening it
     * reads nothing (no stylesheet) on the UI thread.
     */
    private static void drawer(SplitPane pane, Node item, ObservableBooleanValue open) {
        int divider = pane.getItems().size() - 2;
        double[] position = {pane.getDividerPositions()[divider]};
        Runnable apply = () -> {
            item.setVisible(open.get());
            if (open.get()) {
                pane.setDividerPosition(divider, position[0]);
            } else {
                position[0] = Math.min(pane.getDividerPositions()[divider], 0.85);
                pane.setDividerPosition(divider, 1.0);
            }
        };
        apply.run();
        open.addListener((obs, was, now) -> apply.run());
    }

    /**
     * Files and folders dropped anywhere on the window are imported (the grid's area lights up while they are
     * carried over it); while an import runs, a drop is refused.
     */
    private void acceptDroppedFiles() {
        window.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !viewModel.library().importingProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        window.setOnDragEntered(event -> window.pseudoClassStateChanged(DRAG_OVER, event.getDragboard().hasFiles()));
        window.setOnDragExited(event -> window.pseudoClassStateChanged(DRAG_OVER, false));
        window.setOnDragDropped(event -> {
            window.pseudoClassStateChanged(DRAG_OVER, false);
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                viewModel.library().importPaths(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    @FXML
    private void cancelImport() {
        viewModel.library().cancelImport();
    }

    @FXML
    private void resumeJobs() {
        resumePrompt.resume();
    }

    @FXML
    private void discardJobs() {
        resumePrompt.discard();
    }

    @FXML
    private void recheckOllama() {
        viewModel.checkOllama();
    }
}
