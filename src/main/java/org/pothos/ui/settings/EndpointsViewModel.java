package org.pothos.ui.settings;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointService;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;

/**
 * The endpoint table: listing, adding, removing, choosing the default, enabling and testing.
 * Endpoint changes are stored at once rather than staged with the other settings: they live in
 * the library's database, and a half-applied list would be harder to understand than an
 * immediate one. Database work runs in order on the serial executor, network work on the
 * background one; results come back on the UI executor.
 */
public final class EndpointsViewModel {

    private final EndpointService service;
    private final TaskExecutor writes;
    private final TaskExecutor network;
    private final SettingsTexts texts;

    private final ObservableList<EndpointItemViewModel> items = FXCollections.observableArrayList();
    private final ObjectProperty<EndpointItemViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty newUrl = new SimpleStringProperty(this, "newUrl", "");
    private final StringProperty newToken = new SimpleStringProperty(this, "newToken", "");
    private final ReadOnlyStringWrapper addError = new ReadOnlyStringWrapper(this, "addError", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");

    /** Changes with each selection: a test result for an endpoint no longer selected is dropped. */
    private final AtomicLong testGeneration = new AtomicLong();

    EndpointsViewModel(EndpointService service, Executor writes, Executor network, Executor ui, SettingsTexts texts) {
        this.service = service;
        this.writes = TaskExecutor.of(writes, ui);
        this.network = TaskExecutor.of(network, ui);
        this.texts = texts;
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || old.getId() != now.getId()) {
                testGeneration.incrementAndGet();
                testing.set(false);
                showStatus("", false);
            }
        });
    }

    /** Reads the endpoints again, keeping the selection. */
    public void reload() {
        reloadThenSelect(null, null);
    }

    /** Adds the endpoint typed into the form; a bad address is reported next to the form. */
    public void add() {
        String url = newUrl.get() == null ? "" : newUrl.get().strip();
        if (url.isEmpty()) {
            addError.set(texts.get("endpoints.add.noUrl"));
            return;
        }
        String name = newName.get();
        String token = newToken.get();
        addError.set("");
        adding.set(true);
        BackgroundTask.wrap("Adding an Ollama endpoint", () -> service.add(name, url, EndpointService.DEFAULT_MAX_CONCURRENT, token))
                .onSuccess(added -> {
                    newName.set("");
                    newUrl.set("");
                    newToken.set("");
                    reloadThenSelect(added.id(), texts.get("endpoints.added", added.name()));
                })
                .onFailure(failure -> addError.set(texts.get("endpoints.add.failed", Failures.reason(failure))))
                .onFinished(() -> adding.set(false))
                .executeWith(writes);
    }

    public void removeSelected() {
        change(selected.get(), service::remove);
    }

    public void makeSelectedDefault() {
        change(selected.get(), service::setDefault);
    }

    /** Asks the selected endpoint for its version, off the UI thread: an unreachable host can take seconds. */
    public void testSelected() {
        EndpointItemViewModel row = selected.get();
        if (row == null) {
            return;
        }
        long mine = testGeneration.incrementAndGet();
        testing.set(true);
        showStatus(texts.get("endpoints.testing", row.getUrl()), false);
        BackgroundTask.wrap("Testing " + row.getUrl(), () -> service.test(row.endpoint()))
                .onSuccess(version -> showTestResult(mine, texts.get("endpoints.test.ok", version), false))
                .onFailure(failure -> showTestResult(mine, Failures.reason(failure), true))
                .executeWith(network);
    }

    private void showTestResult(long mine, String message, boolean error) {
        if (testGeneration.get() == mine) {
            testing.set(false);
            showStatus(message, error);
        }
    }

    private void change(EndpointItemViewModel row, Consumer<Endpoint> action) {
        if (row == null) {
            return;
        }
        BackgroundTask.wrap("Changing the endpoint " + row.getName(), () -> action.accept(row.endpoint()))
                .onFailure(failure -> showStatus(texts.get("endpoints.change.failed", row.getName(), Failures.reason(failure)), true))
                // Either way the table shows what is stored.
                .onFinished(() -> reloadThenSelect(null, null))
                .executeWith(writes);
    }

    /** Reloads, then selects the given endpoint (or keeps the selection) and shows the message, if any. */
    private void reloadThenSelect(Long idToSelect, String message) {
        BackgroundTask.wrap("Loading the Ollama endpoints", service::list)
                .onSuccess(endpoints -> {
                    show(endpoints, idToSelect);
                    if (message != null) {
                        showStatus(message, false);
                    }
                })
                .onFailure(failure -> showStatus(texts.get("endpoints.load.failed", Failures.reason(failure)), true))
                .executeWith(writes);
    }

    private void show(List<Endpoint> endpoints, Long idToSelect) {
        long keep = idToSelect != null ? idToSelect : selected.get() == null ? -1 : selected.get().getId();
        List<EndpointItemViewModel> rows = endpoints.stream().map(this::row).toList();
        items.setAll(rows);
        selected.set(rows.stream().filter(r -> r.getId() == keep).findFirst().orElse(null));
    }

    private EndpointItemViewModel row(Endpoint endpoint) {
        EndpointItemViewModel row = new EndpointItemViewModel(endpoint);
        row.enabledProperty().addListener((obs, old, now) ->
                change(row, e -> service.setEnabled(e, now)));
        row.maxConcurrentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                change(row, e -> service.setMaxConcurrent(e, now));
            }
        });
        return row;
    }

    private void showStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    public ObservableList<EndpointItemViewModel> items() {
        return items;
    }

    public ObjectProperty<EndpointItemViewModel> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newUrlProperty() {
        return newUrl;
    }

    /** Bearer token for a server behind an authenticating proxy; optional. */
    public StringProperty newTokenProperty() {
        return newToken;
    }

    public ReadOnlyStringProperty addErrorProperty() {
        return addError.getReadOnlyProperty();
    }

    /** The outcome of the last test or change, shown under the table. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }
}
