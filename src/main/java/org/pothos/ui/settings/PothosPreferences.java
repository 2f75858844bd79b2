package org.pothos.ui.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;

/**
 * The user's small settings, kept in {@link java.util.prefs} and offered as JavaFX properties. Each
 * property writes through to the node when it changes. That happens on the JavaFX thread, which is
 * acceptable: a put only updates the in-memory node, and the backing store is synced later by the
 * preferences machinery on its own thread (and by {@link #flush()} at exit).
 *
 * <p>Values read back are checked: a hand-edited or outdated entry falls back to its default or
 * is clamped into range, so a damaged store never stops the application from starting.
 */
public final class PothosPreferences {

    public static final int MIN_CONCURRENCY = 1;
    public static final int MAX_CONCURRENCY = 16;
    public static final int DEFAULT_TIMEOUT_SECONDS = (int) AnalysisSettings.DEFAULT_TIMEOUT.toSeconds();
    public static final int MIN_TIMEOUT_SECONDS = 10;
    public static final int MAX_TIMEOUT_SECONDS = 3600;
    public static final int MAX_TAGS_LIMIT = 50;
    public static final int MAX_CATEGORIES_LIMIT = 20;

    static final String CONCURRENCY = "analysis.concurrency";
    static final String UPLOAD_EDGE = "analysis.uploadEdge";
    static final String FIELDS = "analysis.fields";
    static final String MAX_TAGS = "analysis.maxTags";
    static final String MAX_CATEGORIES = "analysis.maxCategories";
    static final String OUTPUT_LANGUAGE = "analysis.outputLanguage";
    static final String CUSTOM_PROMPT = "analysis.customPrompt";
    static final String PROMPT_MODE = "analysis.customPromptMode";
    static final String TIMEOUT = "analysis.requestTimeoutSeconds";
    static final String ANALYSE_AFTER_IMPORT = "analysis.afterImport";
    static final String DEFAULT_MODEL = "analysis.defaultModel";
    static final String THEME = "appearance.theme";
    static final String UI_LANGUAGE = "appearance.uiLanguage";
    static final String WINDOW_NODE = "window";

    private final Preferences node;
    private final IntegerProperty concurrency;
    private final IntegerProperty uploadEdge;
    private final ObjectProperty<Set<AnalysisField>> fields;
    private final IntegerProperty maxTags;
    private final IntegerProperty maxCategories;
    private final ObjectProperty<OutputLanguage> outputLanguage;
    private final StringProperty customPrompt;
    private final ObjectProperty<CustomPromptMode> promptMode;
    private final IntegerProperty requestTimeoutSeconds;
    private final BooleanProperty analyseAfterImport;
    private final StringProperty defaultModel;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<UiLanguage> uiLanguage;
    private final ObjectProperty<WindowLayout> windowLayout;

    /** Settings in the given node, with the output language defaulting to the system's. */
    public PothosPreferences(Preferences node) {
        this(node, UiLanguage.systemLocale());
    }

    /** Settings in the given node; {@code systemLocale} decides the default output language. */
    public PothosPreferences(Preferences node, Locale systemLocale) {
        this.node = node;
        OutputLanguage defaultLanguage = UiLanguage.isChinese(systemLocale) ? OutputLanguage.ZH_CN : OutputLanguage.EN;
        concurrency = intPref(CONCURRENCY, AnalysisSettings.DEFAULT_CONCURRENCY, MIN_CONCURRENCY, MAX_CONCURRENCY);
        uploadEdge = intPref(UPLOAD_EDGE, AnalysisOptions.DEFAULT_MAX_EDGE, 0, 16384);
        fields = new SimpleObjectProperty<>(this, FIELDS, readFields());
        fields.addListener((obs, old, now) -> node.put(FIELDS, writeFields(now)));
        maxTags = intPref(MAX_TAGS, AnswerLimits.DEFAULT_MAX_TAGS, 1, MAX_TAGS_LIMIT);
        maxCategories = intPref(MAX_CATEGORIES, AnswerLimits.DEFAULT_MAX_CATEGORIES, 1, MAX_CATEGORIES_LIMIT);
        outputLanguage = enumPref(OUTPUT_LANGUAGE, OutputLanguage.class, defaultLanguage);
        customPrompt = stringPref(CUSTOM_PROMPT);
        promptMode = enumPref(PROMPT_MODE, CustomPromptMode.class, CustomPromptMode.EXTEND);
        requestTimeoutSeconds = intPref(TIMEOUT, DEFAULT_TIMEOUT_SECONDS, MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS);
        analyseAfterImport = new SimpleBooleanProperty(this, ANALYSE_AFTER_IMPORT, node.getBoolean(ANALYSE_AFTER_IMPORT, true));
        analyseAfterImport.addListener((obs, old, now) -> node.putBoolean(ANALYSE_AFTER_IMPORT, now));
        defaultModel = stringPref(DEFAULT_MODEL);
        theme = enumPref(THEME, Theme.class, Theme.LIGHT);
        uiLanguage = enumPref(UI_LANGUAGE, UiLanguage.class, UiLanguage.SYSTEM);
        windowLayout = new SimpleObjectProperty<>(this, WINDOW_NODE, WindowLayout.load(node.node(WINDOW_NODE)).orElse(null));
        windowLayout.addListener((obs, old, now) -> {
            if (now != null) {
                now.save(node.node(WINDOW_NODE));
            }
        });
    }

    /** The current user's settings, in the node every Pothos installation shares. */
    public static PothosPreferences forCurrentUser() {
        return new PothosPreferences(Preferences.userRoot().node("org/pothos"));
    }

    // ---- values for the engine ----

    /** The options a new analysis batch runs with. Call on the JavaFX thread, like every read here. */
    public AnalysisOptions analysisOptions() {
        AnswerLimits defaults = AnswerLimits.defaults();
        Set<AnalysisField> chosen = fields.get() == null || fields.get().isEmpty()
                ? EnumSet.allOf(AnalysisField.class) : fields.get();
        return AnalysisOptions.builder()
                .fields(chosen)
                .language(outputLanguage.get())
                .limits(new AnswerLimits(defaults.maxTitleLength(), defaults.maxDescriptionLength(),
                        Math.max(1, maxTags.get()), Math.max(1, maxCategories.get())))
                .maxEdge(Math.max(0, uploadEdge.get()))
                .customPrompt(customPrompt.get(), promptMode.get())
                .build();
    }

    /** The engine's settings with the user's concurrency and timeout; retries stay as in {@code base}. */
    public AnalysisSettings analysisSettings(AnalysisSettings base) {
        return base.withConcurrency(clamp(concurrency.get(), MIN_CONCURRENCY, MAX_CONCURRENCY))
                .withRequestTimeout(Duration.ofSeconds(Math.max(1, requestTimeoutSeconds.get())));
    }

    // ---- the dialog's values as a whole ----

    public SettingsSnapshot snapshot() {
        return new SettingsSnapshot(concurrency.get(), uploadEdge.get(), fields.get(), maxTags.get(), maxCategories.get(),
                outputLanguage.get(), customPrompt.get(), promptMode.get(), requestTimeoutSeconds.get(),
                analyseAfterImport.get(), theme.get(), uiLanguage.get(), defaultModel.get());
    }

    public void apply(SettingsSnapshot values) {
        concurrency.set(values.concurrency());
        uploadEdge.set(values.uploadEdge());
        if (!values.fields().isEmpty()) {
            fields.set(values.fields());
        }
        maxTags.set(values.maxTags());
        maxCategories.set(values.maxCategories());
        outputLanguage.set(values.outputLanguage());
        customPrompt.set(values.customPrompt());
        promptMode.set(values.promptMode());
        requestTimeoutSeconds.set(values.requestTimeoutSeconds());
        analyseAfterImport.set(values.analyseAfterImport());
        theme.set(values.theme());
        uiLanguage.set(values.uiLanguage());
        defaultModel.set(values.defaultModel());
    }

    /** Writes pending changes to the backing store now, e.g. when the application exits. */
    public void flush() throws BackingStoreException {
        node.flush();
    }

    // ---- properties ----

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    /** Longest edge of uploaded images in pixels; 0 uploads the original size. */
    public IntegerProperty uploadEdgeProperty() {
        return uploadEdge;
    }

    /** The fields analysis writes; set an immutable set, never an empty one. */
    public ObjectProperty<Set<AnalysisField>> fieldsProperty() {
        return fields;
    }

    public IntegerProperty maxTagsProperty() {
        return maxTags;
    }

    public IntegerProperty maxCategoriesProperty() {
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

    public IntegerProperty requestTimeoutSecondsProperty() {
        return requestTimeoutSeconds;
    }

    public BooleanProperty analyseAfterImportProperty() {
        return analyseAfterImport;
    }

    /** The model analysis uses when none is named; empty leaves the choice to the endpoint. */
    public StringProperty defaultModelProperty() {
        return defaultModel;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The language of the windows, read at start-up. */
    public ObjectProperty<UiLanguage> uiLanguageProperty() {
        return uiLanguage;
    }

    /** The main window's last layout; null until one is saved. */
    public ObjectProperty<WindowLayout> windowLayoutProperty() {
        return windowLayout;
    }

    // ---- reading and writing the node ----

    private IntegerProperty intPref(String key, int defaultValue, int min, int max) {
        IntegerProperty property = new SimpleIntegerProperty(this, key, clamp(node.getInt(key, defaultValue), min, max));
        property.addListener((obs, old, now) -> node.putInt(key, now.intValue()));
        return property;
    }

    private StringProperty stringPref(String key) {
        StringProperty property = new SimpleStringProperty(this, key, node.get(key, ""));
        property.addListener((obs, old, now) -> node.put(key, now == null ? "" : now));
        return property;
    }

    private <E extends Enum<E>> ObjectProperty<E> enumPref(String key, Class<E> type, E defaultValue) {
        E value = defaultValue;
        try {
            value = Enum.valueOf(type, node.get(key, defaultValue.name()));
        } catch (IllegalArgumentException e) {
            // An unknown name (from a newer or older version) means the default.
        }
        ObjectProperty<E> property = new SimpleObjectProperty<>(this, key, value);
        property.addListener((obs, old, now) -> {
            if (now == null) {
                node.remove(key);
            } else {
                node.put(key, now.name());
            }
        });
        return property;
    }

    private Set<AnalysisField> readFields() {
        Set<AnalysisField> result = EnumSet.noneOf(AnalysisField.class);
        for (String name : node.get(FIELDS, "").split(",")) {
            Arrays.stream(AnalysisField.values()).filter(f -> f.name().equals(name.strip())).forEach(result::add);
        }
        return Set.copyOf(result.isEmpty() ? EnumSet.allOf(AnalysisField.class) : result);
    }

    private static String writeFields(Set<AnalysisField> value) {
        return value == null ? "" : value.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
