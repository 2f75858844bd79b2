package org.pothos.ui.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.OutputLanguage;
import org.pothos.ui.common.SerialExecutor;

/**
 * The settings dialog's state. Edits are staged here and reach {@link PothosPreferences} only on
 * {@link #apply()}; the caller learns of it through {@link #setOnApplied} (to hand the engine its
 * new settings). The theme is previewed as soon as it is picked, through
 * {@link #setOnThemeChanged}, and put back on {@link #cancel()}. Endpoints are the exception to
 * staging: see {@link EndpointsViewModel}.
 */
public final class SettingsViewModel {

    /** Upload sizes offered, longest edge in pixels; 0 is the original. */
    public static final List<Integer> UPLOAD_EDGES = List.of(512, 768, 1024, 1536, 2048, 0);

    private final PothosPreferences prefs;
    private final Executor writes;
    private final EndpointsViewModel endpoints;
    private final ModelChoiceViewModel models;

    private final ObjectProperty<Integer> concurrency = new SimpleObjectProperty<>(this, "concurrency");
    private final ObjectProperty<Integer> uploadEdge = new SimpleObjectProperty<>(this, "uploadEdge");
    private final Map<AnalysisField, BooleanProperty> fields = new EnumMap<>(AnalysisField.class);
    private final Map<AnalysisField, BooleanBinding> fieldLocked = new EnumMap<>(AnalysisField.class);
    private final ObjectProperty<Integer> maxTags = new SimpleObjectProperty<>(this, "maxTags");
    private final ObjectProperty<Integer> maxCategories = new SimpleObjectProperty<>(this, "maxCategories");
    private final ObjectProperty<OutputLanguage> outputLanguage = new SimpleObjectProperty<>(this, "outputLanguage");
    private final StringProperty customPrompt = new SimpleStringProperty(this, "customPrompt");
    private final ObjectProperty<CustomPromptMode> promptMode = new SimpleObjectProperty<>(this, "promptMode");
    private final ObjectProperty<Integer> requestTimeoutSeconds = new SimpleObjectProperty<>(this, "requestTimeoutSeconds");
    private final BooleanProperty analyseAfterImport = new SimpleBooleanProperty(this, "analyseAfterImport");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<UiLanguage> uiLanguage = new SimpleObjectProperty<>(this, "uiLanguage");
    private final ObservableList<Integer> uploadEdgeChoices = FXCollections.observableArrayList(UPLOAD_EDGES);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final IntegerBinding fieldCount;
    private final StringBinding effectiveConcurrency;
    private final BooleanBinding valid;

    /** The library's file writing page; null where the dialog has no library (then that page is hidden). */
    private FileWritingViewModel fileWriting;
    private Runnable onApplied = () -> { };
    private Consumer<Theme> onThemeChanged = t -> { };
    /** True while the staged values are being set from the preferences: that is not a user's edit. */
    private boolean staging;

    /** With the texts of the default locale (which the application sets to the chosen UI language). */
    public SettingsViewModel(PothosPreferences prefs, EndpointService endpoints, Executor background, Executor ui) {
        this(prefs, endpoints, background, ui, SettingsTexts.forLocale(Locale.getDefault()));
    }

    public SettingsViewModel(PothosPreferences prefs, EndpointService endpointService, Executor background, Executor ui,
                             SettingsTexts texts) {
        this.prefs = prefs;
        this.writes = new SerialExecutor(background);
        this.endpoints = new EndpointsViewModel(endpointService, writes, background, ui, texts);
        this.models = new ModelChoiceViewModel(endpointService, endpoints.items(), background, ui, texts);
        for (AnalysisField field : AnalysisField.values()) {
            fields.put(field, new SimpleBooleanProperty(this, field.name()));
        }
        Observable[] fieldValues = fields.values().toArray(Observable[]::new);
        fieldCount = Bindings.createIntegerBinding(
                () -> (int) fields.values().stream().filter(BooleanProperty::get).count(), fieldValues);
        for (AnalysisField field : AnalysisField.values()) {
            fieldLocked.put(field, fields.get(field).and(fieldCount.isEqualTo(1)));
        }
        valid = fieldCount.greaterThan(0);
        // The servers with their switches and limits, so the sentence follows every change on the Servers page.
        ObservableList<EndpointItemViewModel> servers = FXCollections.observableArrayList(
                server -> new Observable[] {server.enabledProperty(), server.maxConcurrentProperty()});
        Bindings.bindContent(servers, endpoints.items());
        effectiveConcurrency = Bindings.createStringBinding(() -> EffectiveConcurrency.explain(concurrency.get(), servers, texts),
                concurrency, servers);
        stage(prefs.snapshot());
        for (Observable value : stagedValues()) {
            value.addListener(o -> updateDirty());
        }
        theme.addListener((obs, old, now) -> {
            if (!staging && now != null) {
                onThemeChanged.accept(now);
            }
        });
    }

    /** Loads the endpoint list (and through it the model list) in the background. */
    public void load() {
        endpoints.reload();
        if (fileWriting != null) {
            fileWriting.load();
        }
    }

    /** Adds the page on writing labels into files, for the library the window has open. */
    public void setFileWriting(FileWritingViewModel fileWriting) {
        this.fileWriting = fileWriting;
    }

    /** The page on writing labels into files; null when there is none. */
    public FileWritingViewModel fileWriting() {
        return fileWriting;
    }

    /**
     * Writes the staged values to the preferences and tells the caller. Returns false, writing
     * nothing, while the values are invalid.
     */
    public boolean apply() {
        if (!valid.get()) {
            return false;
        }
        prefs.apply(staged());
        models.storeAsEndpointDefault(writes);
        if (fileWriting != null) {
            fileWriting.apply();
        }
        updateDirty();
        onApplied.run();
        return true;
    }

    /** Drops staged edits and puts back the saved theme if another one was being previewed. */
    public void cancel() {
        if (fileWriting != null) {
            fileWriting.cancel();
        }
        Theme previewed = theme.get();
        stage(prefs.snapshot());
        if (previewed != prefs.themeProperty().get()) {
            onThemeChanged.accept(prefs.themeProperty().get());
        }
    }

    /** The values as edited so far. */
    public SettingsSnapshot staged() {
        Set<AnalysisField> chosen = EnumSet.noneOf(AnalysisField.class);
        fields.forEach((field, on) -> {
            if (on.get()) {
                chosen.add(field);
            }
        });
        SettingsSnapshot saved = prefs.snapshot();
        return new SettingsSnapshot(or(concurrency, saved.concurrency()), or(uploadEdge, saved.uploadEdge()), chosen,
                or(maxTags, saved.maxTags()), or(maxCategories, saved.maxCategories()), outputLanguage.get(),
                customPrompt.get(), promptMode.get(), or(requestTimeoutSeconds, saved.requestTimeoutSeconds()),
                analyseAfterImport.get(), theme.get(), uiLanguage.get(), models.modelProperty().get());
    }

    /** A number field left empty keeps the saved number. */
    private static int or(ObjectProperty<Integer> value, int saved) {
        return value.get() == null ? saved : value.get();
    }

    private void stage(SettingsSnapshot values) {
        staging = true;
        try {
            concurrency.set(values.concurrency());
            if (!uploadEdgeChoices.contains(values.uploadEdge())) {
                // A size set outside the dialog stays selectable rather than silently replaced.
                uploadEdgeChoices.add(values.uploadEdge());
                List<Integer> sorted = new ArrayList<>(uploadEdgeChoices);
                sorted.sort((a, b) -> a == 0 ? 1 : b == 0 ? -1 : Integer.compare(a, b));
                uploadEdgeChoices.setAll(sorted);
            }
            uploadEdge.set(values.uploadEdge());
            fields.forEach((field, on) -> on.set(values.fields().contains(field)));
            maxTags.set(values.maxTags());
            maxCategories.set(values.maxCategories());
            outputLanguage.set(values.outputLanguage());
            customPrompt.set(values.customPrompt());
            promptMode.set(values.promptMode());
            requestTimeoutSeconds.set(values.requestTimeoutSeconds());
            analyseAfterImport.set(values.analyseAfterImport());
            theme.set(values.theme());
            uiLanguage.set(values.uiLanguage());
            // No model is null, not "", so that the choice box shows its "automatic" prompt.
            models.modelProperty().set(values.defaultModel().isEmpty() ? null : values.defaultModel());
        } finally {
            staging = false;
        }
        updateDirty();
    }

    private List<Observable> stagedValues() {
        List<Observable> values = new ArrayList<>(List.of(concurrency, uploadEdge, maxTags, maxCategories,
                outputLanguage, customPrompt, promptMode, requestTimeoutSeconds, analyseAfterImport, theme, uiLanguage,
                models.modelProperty()));
        values.addAll(fields.values());
        return values;
    }

    private void updateDirty() {
        if (!staging) {
            dirty.set(!staged().equals(prefs.snapshot()));
        }
    }

    // ---- callbacks ----

    /** Runs on the UI thread after each apply, e.g. to give the engine {@code prefs.analysisSettings(...)}. */
    public void setOnApplied(Runnable onApplied) {
        this.onApplied = onApplied == null ? () -> { } : onApplied;
    }

    /** Called with each theme the user picks, and with the saved one on cancel: restyle the windows there. */
    public void setOnThemeChanged(Consumer<Theme> onThemeChanged) {
        this.onThemeChanged = onThemeChanged == null ? t -> { } : onThemeChanged;
    }

    // ---- sections and choices ----

    public EndpointsViewModel endpoints() {
        return endpoints;
    }

    public ModelChoiceViewModel models() {
        return models;
    }

    public ObservableList<Integer> uploadEdgeChoices() {
        return uploadEdgeChoices;
    }

    public List<OutputLanguage> outputLanguages() {
        return List.of(OutputLanguage.values());
    }

    public List<CustomPromptMode> promptModes() {
        return List.of(CustomPromptMode.values());
    }

    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    public List<UiLanguage> uiLanguages() {
        return List.of(UiLanguage.values());
    }

    public Set<AnalysisField> fieldChoices() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    // ---- staged values ----

    /** Jobs in flight at once, 1 to 16. */
    public ObjectProperty<Integer> concurrencyProperty() {
        return concurrency;
    }

    /** How many pictures are really analysed at once with these settings and servers, and which of them decides. */
    public StringBinding effectiveConcurrencyProperty() {
        return effectiveConcurrency;
    }

    public ObjectProperty<Integer> uploadEdgeProperty() {
        return uploadEdge;
    }

    public BooleanProperty fieldProperty(AnalysisField field) {
        return fields.get(field);
    }

    /** True for the last field still checked: at least one field must stay. */
    public BooleanBinding fieldLockedProperty(AnalysisField field) {
        return fieldLocked.get(field);
    }

    public ObjectProperty<Integer> maxTagsProperty() {
        return maxTags;
    }

    public ObjectProperty<Integer> maxCategoriesProperty() {
        return maxCategories;
    }

    public ObjectProperty<OutputLanguage> outputLanguageProperty() {
        return outputLanguage;
    }

    public StringProperty customPromptProperty() {
        return customPrompt;
    }

    public ObjectProperty<CustomPromptMode> promptModeProperty() {
        return promptMode;
    }

    public ObjectProperty<Integer> requestTimeoutSecondsProperty() {
        return requestTimeoutSeconds;
    }

    public BooleanProperty analyseAfterImportProperty() {
        return analyseAfterImport;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<UiLanguage> uiLanguageProperty() {
        return uiLanguage;
    }

    /** True when a staged value differs from the saved one: Apply has something to do. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** False while no field is checked. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
