package org.pothos.ui.settings;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The dialog's texts, shared by the FXML and the messages the ViewModels compose. */
public final class SettingsTexts {

    public static final String BUNDLE = "org.pothos.ui.settings.SettingsDialog";

    private final ResourceBundle bundle;

    public SettingsTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static SettingsTexts forLocale(Locale locale) {
        return new SettingsTexts(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, always read as a MessageFormat pattern (so {@code ''} is an apostrophe). */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** The text for an enum constant, under {@code prefix.NAME}. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : bundle.getString(prefix + "." + value.name());
    }
}
