package org.pothos.ui.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The Similar and Duplicates windows speak English and Chinese with the same keys, and every text is a valid pattern. */
class SimilarBundleTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(SimilarView.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void bothLanguagesHaveEveryText() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
        assertEquals(english.keySet(), chinese.keySet());
        for (ResourceBundle b : new ResourceBundle[] {english, chinese}) {
            for (String key : b.keySet()) {
                // Throws for a broken pattern (an unpaired brace or quote).
                new MessageFormat(b.getString(key), b.getLocale()).format(new Object[] {2, 3, "x"});
            }
        }
    }
}
