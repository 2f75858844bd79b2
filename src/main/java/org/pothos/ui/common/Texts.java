package org.pothos.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Sentences a ViewModel shows, from the window's resource bundle, in the user's language. */
public final class Texts {

    private final ResourceBundle bundle;

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts of(String bundleName, Locale locale) {
        return new Texts(ResourceBundle.getBundle(bundleName, locale));
    }

    /** The language the texts are in (the root locale for the English base texts). */
    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}, … filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
