package org.pothos.analysis;

import java.util.Locale;

/** The language the model is told to answer in. */
public enum OutputLanguage {
    EN("en", "English"),
    ZH_CN("zh-CN", "Simplified Chinese");

    private final String tag;
    private final String englishName;

    OutputLanguage(String tag, String englishName) {
        this.tag = tag;
        this.englishName = englishName;
    }

    /** BCP 47 tag, as on the command line ({@code --lang zh-CN}). */
    public String tag() {
        return tag;
    }

    public String englishName() {
        return englishName;
    }

    public static OutputLanguage fromTag(String tag) {
        for (OutputLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag) || language.name().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + tag + "': use en or zh-CN");
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
