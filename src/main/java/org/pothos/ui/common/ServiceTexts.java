package org.pothos.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what the services say (why a file was skipped, what a job is doing, why it failed) into the user's
 * language. The services speak English for the log and the command line; the bundle pairs their sentences, with
 * {@code {0}}, {@code {1}} where a name, path or number goes, with translations. A message that matches a sentence
 * whole is translated whole; one that starts with a sentence ("could not be read: …") gets that part translated
 * and keeps the rest; anything else (an operating system's own text) is shown as it came.
 */
public final class ServiceTexts {

    public static final String BUNDLE = "org.pothos.ui.common.ServiceTexts";

    /** One sentence: the English as a pattern, and the translation to format with what the placeholders caught. */
    private record Sentence(Pattern english, Pattern prefix, MessageFormat translation, int length) {
    }

    private final List<Sentence> sentences = new ArrayList<>();

    private ServiceTexts(Locale locale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, noFallback);
        ResourceBundle translated = ResourceBundle.getBundle(BUNDLE, locale, noFallback);
        if (translated.getLocale().equals(Locale.ROOT)) {
            return; // English: the services' words as they are
        }
        for (String key : english.keySet()) {
            String source = english.getString(key);
            sentences.add(new Sentence(Pattern.compile(regex(source) + "$"), Pattern.compile(regex(source)),
                    new MessageFormat(translated.getString(key).replace("'", "''"), locale), source.length()));
        }
        // Longer sentences first: "could not be read: permission denied" before "could not be read: {0}".
        sentences.sort(Comparator.comparingInt(Sentence::length).reversed());
    }

    public static ServiceTexts of(Locale locale) {
        return new ServiceTexts(locale);
    }

    /** The message in the user's language, as far as its sentences are known; null stays null. */
    public String translate(String message) {
        if (message == null || sentences.isEmpty()) {
            return message;
        }
        for (Sentence sentence : sentences) {
            Matcher whole = sentence.english().matcher(message);
            if (whole.matches()) {
                return sentence.translation().format(groups(whole));
            }
        }
        for (Sentence sentence : sentences) {
            Matcher start = sentence.prefix().matcher(message);
            if (start.lookingAt()) {
                return sentence.translation().format(groups(start)) + message.substring(start.end());
            }
        }
        return message;
    }

    private static Object[] groups(Matcher matcher) {
        Object[] values = new Object[matcher.groupCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = matcher.group(i + 1);
        }
        return values;
    }

    /** The English sentence as a regular expression: literal text, and a group for each placeholder. */
    private static String regex(String source) {
        StringBuilder regex = new StringBuilder("^");
        Matcher placeholder = Pattern.compile("\\{\\d+}").matcher(source);
        int at = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(source.substring(at, placeholder.start()))).append("(.+?)");
            at = placeholder.end();
        }
        regex.append(Pattern.quote(source.substring(at)));
        return regex.toString();
    }
}
