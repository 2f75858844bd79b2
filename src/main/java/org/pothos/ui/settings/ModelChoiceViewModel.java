package org.pothos.ui.settings;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.ModelInfo;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;

/**
 * Choosing the model for analysis among the vision models of one endpoint. Text-only models are
 * left out: Ollama would drop the image and such a model would describe a picture it never saw.
 * When an endpoint has no vision model, the ViewModel says so and offers the command that
 * installs one.
 */
public final class ModelChoiceViewModel {

    /** A small, widely used vision model; what the note suggests installing. */
    public static final String PULL_COMMAND = "ollama pull llava:7b";

    private final EndpointService service;
    private final TaskExecutor network;
    private final Executor ui;
    private final SettingsTexts texts;
    private final ObservableList<EndpointItemViewModel> endpoints;

    private final ObjectProperty<EndpointItemViewModel> endpoint = new SimpleObjectProperty<>(this, "endpoint");
    private final ObservableList<String> visionModels = FXCollections.observableArrayList();
    private final StringProperty model = new SimpleStringProperty(this, "model");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper noVisionModel = new ReadOnlyBooleanWrapper(this, "noVisionModel");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");

    /** Changes with each request: a list that arrives for an endpoint no longer chosen is dropped. */
    private final AtomicLong generation = new AtomicLong();

    ModelChoiceViewModel(EndpointService service, ObservableList<EndpointItemViewModel> endpoints, Executor network,
                         Executor ui, SettingsTexts texts) {
        this.service = service;
        this.endpoints = endpoints;
        this.network = TaskExecutor.of(network, ui);
        this.ui = ui;
        this.texts = texts;
        endpoint.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.getId() != now.getId())) {
                refresh();
            }
        });
        endpoints.addListener((ListChangeListener<EndpointItemViewModel>) change -> followReload());
    }

    /** Asks the chosen endpoint for its models now. */
    public void refresh() {
        EndpointItemViewModel chosen = endpoint.get();
        long mine = generation.incrementAndGet();
        replaceModels(List.of());
        noVisionModel.set(false);
        if (chosen == null) {
            loading.set(false);
            show("", false);
            return;
        }
        loading.set(true);
        show(texts.get("model.loading", chosen.getUrl()), false);
        BackgroundTask.wrap("Listing the models of " + chosen.getUrl(), () -> service.refreshModels(chosen.endpoint()))
                .onSuccess(models -> {
                    if (generation.get() == mine) {
                        showModels(models);
                    }
                })
                .onFailure(failure -> {
                    if (generation.get() == mine) {
                        loading.set(false);
                        show(Failures.reason(failure), true);
                    }
                })
                .executeWith(network);
    }

    /** Makes the chosen model the endpoint's default too, so analysis started without a model name uses it. */
    void storeAsEndpointDefault(Executor writes) {
        EndpointItemViewModel chosen = endpoint.get();
        String name = model.get();
        if (chosen != null && name != null && !name.isBlank() && visionModels.contains(name)
                && !name.equals(chosen.endpoint().defaultModel())) {
            BackgroundTask.wrap("Storing " + name + " as the default model of " + chosen.getUrl(),
                            () -> service.setDefaultModel(chosen.endpoint(), name))
                    .onFailure(failure -> show(Failures.reason(failure), true))
                    .executeWith(TaskExecutor.of(writes, ui));
        }
    }

    private void showModels(List<ModelInfo> models) {
        List<String> vision = models.stream().filter(ModelInfo::vision).map(ModelInfo::name).sorted().toList();
        long textOnly = models.size() - vision.size();
        loading.set(false);
        replaceModels(vision);
        noVisionModel.set(vision.isEmpty());
        String chosen = model.get();
        if (vision.isEmpty()) {
            show(texts.get("model.noVision", endpoint.get().getName()), false);
        } else if (chosen != null && !chosen.isBlank() && !vision.contains(chosen)) {
            show(texts.get("model.notOnEndpoint", chosen), true);
        } else if (textOnly > 0) {
            show(texts.get("model.textOnlyHidden", textOnly), false);
        } else {
            show("", false);
        }
    }

    /**
     * Replaces the offered models without losing the chosen one: a choice box bound to the model
     * clears its value when its items change, which would otherwise reset the staged choice.
     */
    private void replaceModels(List<String> names) {
        String chosen = model.get();
        visionModels.setAll(names);
        model.set(chosen);
    }

    /**
     * After the endpoint list is reloaded, points at the fresh row of the same endpoint, or at the
     * default endpoint when there was none or it was removed.
     */
    private void followReload() {
        EndpointItemViewModel current = endpoint.get();
        EndpointItemViewModel next = current == null ? null
                : endpoints.stream().filter(e -> e.getId() == current.getId()).findFirst().orElse(null);
        if (next == null) {
            next = endpoints.stream().filter(EndpointItemViewModel::isDefault).findFirst()
                    .orElse(endpoints.isEmpty() ? null : endpoints.get(0));
        }
        endpoint.set(next);
        if (next == null) {
            refresh();
        }
    }

    private void show(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    /** The endpoint whose models are offered. */
    public ObjectProperty<EndpointItemViewModel> endpointProperty() {
        return endpoint;
    }

    public ObservableList<EndpointItemViewModel> endpoints() {
        return endpoints;
    }

    /** Vision-capable models only, by name. */
    public ObservableList<String> visionModels() {
        return visionModels;
    }

    /** The chosen model (staged with the other settings); null leaves the choice to the endpoint. */
    public StringProperty modelProperty() {
        return model;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the endpoint answered but serves no model that can see images. */
    public ReadOnlyBooleanProperty noVisionModelProperty() {
        return noVisionModel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public String pullCommand() {
        return PULL_COMMAND;
    }
}
