package org.pothos.ui.main;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.EndpointStatus;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.ModelCallException;
import org.pothos.library.ItemValues;
import org.pothos.library.MediaQuery;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Coalescer;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.DetailViewModel;
import org.pothos.ui.jobs.JobsViewModel;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.SidebarViewModel;
import org.pothos.ui.review.ReviewViewModel;
import org.pothos.ui.selection.SelectionEditorViewModel;

/**
 * Ties the window's parts together: the sidebar's filters drive the grid, analysis events reach
 * the grid's badges, and finished work refreshes the tag counts. Also watches the Ollama
 * connection for the status bar.
 */
public final class MainViewModel {

    private final SidebarViewModel sidebar;
    private final LibraryViewModel library;
    private final DetailViewModel detail;
    private final JobsViewModel jobs;
    private final EndpointService endpoints;
    private final Executor ui;
    private final TaskExecutor tasks;
    private final Texts texts;
    private final ReadOnlyStringWrapper ollamaStatus = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ollamaProblem = new ReadOnlyStringWrapper();
    private final Coalescer<Boolean> countsRefresh;
    private final Coalescer<Boolean> analysisViewsRefresh;
    /** What the last check of the default endpoint found; shown unless analysis is paused. */
    private Connection checked;
    private ReviewViewModel review;
    private SelectionEditorViewModel selectionEditor;
    private volatile Coalescer<Boolean> reviewRefresh;

    public MainViewModel(SidebarViewModel sidebar, LibraryViewModel library, DetailViewModel detail, JobsViewModel jobs,
                         EndpointService endpoints, Texts texts, Executor background, Executor ui) {
        this.texts = texts;
        this.ollamaStatus.set(texts.get("ollama.checking"));
        this.sidebar = sidebar;
        this.library = library;
        this.detail = detail;
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.ui = ui;
        this.tasks = TaskExecutor.of(background, ui);
        this.countsRefresh = new Coalescer<>(ui, ignored -> {
            sidebar.refreshCounts();
            detail.refreshSuggestions();
        });
        library.queryProperty().bind(sidebar.queryProperty());
        library.focusedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                detail.clear();
            } else if (old == null || old.getId() != now.getId()) {
                detail.show(now.getId());
            }
        });
        // Views that depend on analysis (not analysed, analysis failed) change as jobs end: they read the grid again.
        this.analysisViewsRefresh = new Coalescer<>(ui, ignored -> {
            MediaQuery shown = library.queryProperty().get();
            if (shown.analysed() != null || shown.analysisFailed() != null) {
                library.reload();
            }
        });
        // The status line's word about a batch ("Analysing 40 pictures with …") ends with the batch.
        jobs.hasActiveJobsProperty().addListener((obs, was, active) -> {
            if (was && !active) {
                library.showStatus("");
            }
        });
        // A batch that no endpoint can serve says so in the banner and the status bar; when it goes on, the check tells
        // again what the endpoint runs.
        jobs.pausedProperty().addListener((obs, was, paused) -> {
            if (paused) {
                showConnection();
            } else {
                checkOllama();
            }
        });
        detail.setOnItemChanged(item -> {
            library.replace(item);
            countsRefresh.offer(Boolean.TRUE);
        });
    }

    /**
     * Joins the review to the window: the sidebar shows how many pictures wait and opens it, the detail pane follows
     * the picture under review, and every decision reaches the grid, the detail pane and the counts. New
     * suggestions (an analysis in review mode) add to the count, and to the queue while it is open.
     */
    public void attachReview(ReviewViewModel review) {
        this.review = review;
        sidebar.toReviewProperty().bind(review.pendingCountProperty());
        sidebar.reviewingProperty().addListener((obs, old, now) -> {
            if (now) {
                review.refresh();
            }
        });
        review.currentProperty().addListener((obs, old, now) -> {
            if (now != null && sidebar.reviewingProperty().get()) {
                detail.show(now.id());
            }
        });
        review.setOnItemsChanged(items -> {
            items.forEach(library::replace);
            var underReview = review.currentProperty().get();
            if (underReview != null && items.stream().anyMatch(item -> item.id() == underReview.id())) {
                detail.show(underReview.id()); // a partial decision: the picture stays, its applied values changed
            }
            countsRefresh.offer(Boolean.TRUE);
        });
        this.reviewRefresh = new Coalescer<>(ui, ignored -> {
            if (sidebar.reviewingProperty().get()) {
                review.refresh();
            } else {
                review.refreshCount();
            }
        });
    }

    /**
     * Joins the selection editor to the window: it follows the grid's selection (taking the detail pane's place while
     * two or more pictures are selected) and reads what they share again after every stored edit.
     */
    public void attachSelectionEditor(SelectionEditorViewModel selection) {
        this.selectionEditor = selection;
        library.selectionVersionProperty().addListener((obs, old, now) -> selection.show(library.selectedIds()));
    }

    /**
     * After an edit of one or many items stored (the viewer, the selection editor, their undo): their tiles, the
     * picture in the detail pane if it is one of them, and the label counts follow.
     */
    public void itemsEdited(List<ItemValues> stored) {
        library.stored(stored);
        if (selectionEditor != null) {
            selectionEditor.refresh();
        }
        var focused = library.focusedProperty().get();
        if (focused != null && stored.stream().anyMatch(v -> v.id() == focused.getId())) {
            detail.show(focused.getId());
        }
        countsRefresh.offer(Boolean.TRUE);
    }

    /** Hears the engine from its threads; UI updates are coalesced. */
    public AnalysisListener analysisListener() {
        return new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                library.onJobEvent(event);
                if (event.type() != JobEvent.Type.STARTED && event.type() != JobEvent.Type.PROGRESS) {
                    analysisViewsRefresh.offer(Boolean.TRUE);
                }
                if (event.type() == JobEvent.Type.SUCCEEDED) {
                    countsRefresh.offer(Boolean.TRUE);
                    if (reviewRefresh != null) {
                        reviewRefresh.offer(Boolean.TRUE);
                    }
                    long mediaId = event.job().mediaId();
                    ui.execute(() -> {
                        var focused = library.focusedProperty().get();
                        if (focused != null && focused.getId() == mediaId) {
                            detail.show(mediaId); // the model's answer arrived for the picture on display
                        }
                    });
                }
            }
        };
    }

    /**
     * Loads the grid, then the counts, and checks the Ollama connection, all in the background: the counts and the
     * check wait until the grid's first page is shown.
     */
    public void start() {
        library.reload();
        library.afterFirstPage(() -> {
            sidebar.refreshCounts();
            if (review != null) {
                review.refreshCount();
            }
            checkOllama();
        });
    }

    /** After an import: new tags may not exist yet, but counts of missing items may change. */
    public void importFinished() {
        sidebar.refreshCounts();
    }

    /**
     * Asks the default endpoint for its version and default model; the window works without it. While analysis is
     * paused, the engine is asked to probe the endpoints that do not answer now too.
     */
    public void checkOllama() {
        jobs.checkEndpointsNow();
        BackgroundTask.wrap("Checking the connection to Ollama", this::askOllama)
                .onSuccess(connection -> {
                    checked = connection;
                    showConnection();
                })
                .onFailure(failure -> {
                    checked = new Connection(texts.get("ollama.checkFailed"),
                            texts.get("ollama.checkFailed.problem", Failures.reason(failure)));
                    showConnection();
                })
                .executeWith(tasks);
    }

    /** A pause of analysis comes first: it is what the user waits on; otherwise what the last check found. */
    private void showConnection() {
        List<EndpointStatus> down = jobs.pausedByProperty().get();
        if (jobs.isPaused()) {
            String where = String.join(", ", down.stream().map(status -> status.endpoint().url()).toList());
            ollamaStatus.set(texts.get("ollama.unreachable"));
            ollamaProblem.set(texts.get("ollama.paused.problem", where));
        } else if (checked != null) {
            ollamaStatus.set(checked.status());
            ollamaProblem.set(checked.problem());
        }
    }

    /** What the status bar and the banner say about Ollama; the banner's sentence is null when all is well. */
    private record Connection(String status, String problem) {
    }

    private Connection askOllama() {
        var endpoint = endpoints.defaultEndpoint();
        if (endpoint.isEmpty()) {
            return new Connection(texts.get("ollama.noEndpoint"), texts.get("ollama.noEndpoint.problem"));
        }
        try {
            String version = endpoints.test(endpoint.get());
            String model = endpoints.chooseModel(endpoint.get()).orElse(null);
            return model == null
                    ? new Connection(texts.get("ollama.ready", version, texts.get("ollama.noModel")), texts.get("ollama.noModel.problem"))
                    : new Connection(texts.get("ollama.ready", version, model), null);
        } catch (ModelCallException e) {
            // Not reachable is an answer, not a failure of the check.
            return new Connection(texts.get("ollama.unreachable"), texts.get("ollama.unreachable.problem", endpoint.get().url()));
        }
    }

    public ReadOnlyStringProperty ollamaStatusProperty() {
        return ollamaStatus.getReadOnlyProperty();
    }

    /** A sentence for the banner when analysis cannot run, or null. */
    public ReadOnlyStringProperty ollamaProblemProperty() {
        return ollamaProblem.getReadOnlyProperty();
    }

    /** Saves what is still being typed in the detail pane; call before the window closes. */
    public void close() {
        detail.close();
        jobs.close();
    }

    public JobsViewModel jobs() {
        return jobs;
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    /** The review of the model's suggestions, once {@link #attachReview} joined it. */
    public ReviewViewModel review() {
        return review;
    }

    public LibraryViewModel library() {
        return library;
    }

    /** The editor of several selected pictures, once {@link #attachSelectionEditor} joined it. */
    public SelectionEditorViewModel selectionEditor() {
        return selectionEditor;
    }
}
