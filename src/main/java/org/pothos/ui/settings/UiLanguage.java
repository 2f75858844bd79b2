package org.pothos.ui.settings;

import java.util.Locale;

/**
 * The language of the windows. Read once at start-up: texts are loaded with the views, so a change
 * takes effect after a restart.
 */
public enum UiLanguage {
    SYSTEM,
    EN,
    ZH_CN;

    /** The locale to load the resource bundles with. */
    public Locale locale() {
        return switch (this) {
            case SYSTEM -> systemLocale();
            case EN -> Locale.ENGLISH;
            case ZH_CN -> Locale.SIMPLIFIED_CHINESE;
        };
    }

    /**
     * The operating system's locale. Read from the start-up properties rather than
     * {@link Locale#getDefault()}, because the application may have changed the default to the
     * chosen UI language, and "follow the system" must still mean the system.
     */
    public static Locale systemLocale() {
        String language = System.getProperty("user.language", "en");
        String country = System.getProperty("user.country", System.getProperty("user.region", ""));
        try {
            return new Locale.Builder().setLanguage(language).setRegion(country).build();
        } catch (java.util.IllformedLocaleException e) {
            return Locale.forLanguageTag(language);
        }
    }

    /** Whether a locale reads Chinese; Simplified Chinese is the only Chinese Pothos offers. */
    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
