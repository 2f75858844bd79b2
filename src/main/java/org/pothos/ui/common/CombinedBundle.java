package org.pothos.ui.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of several views as one bundle. An FXML {@code fx:include} takes the including loader's bundle
 * (its own {@code resources} attribute would load in the machine's language, not the one chosen in Settings),
 * so the window's loader gets the bundles of all its panes at once; their keys must not overlap.
 */
public final class CombinedBundle extends ResourceBundle {

    private final List<ResourceBundle> parts;
    private final Locale locale;

    private CombinedBundle(List<ResourceBundle> parts, Locale locale) {
        this.parts = List.copyOf(parts);
        this.locale = locale;
    }

    /**
     * The named bundles in {@code locale}, with no fallback to the machine's language: English asked for is
     * English shown (the base bundles).
     */
    public static CombinedBundle of(Locale locale, List<String> baseNames) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> bundles = baseNames.stream()
                .map(name -> ResourceBundle.getBundle(name, locale, noFallback)).toList();
        return new CombinedBundle(bundles, locale);
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle part : parts) {
            if (part.containsKey(key)) {
                return part.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        parts.forEach(part -> keys.addAll(part.keySet()));
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    /** The bundles this one reads, in order. */
    public List<ResourceBundle> parts() {
        return parts;
    }
}
