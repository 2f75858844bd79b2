package org.pothos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pothos.ui.common.CombinedBundle;

/** The window's FXML reads the texts of all its panes from one bundle: no key may mean two things. */
class WindowBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theIncludedPanesShareNoKey(String tag) {
        CombinedBundle combined = CombinedBundle.of(Locale.forLanguageTag(tag), MainWindow.PANE_BUNDLES);
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < combined.parts().size(); i++) {
            ResourceBundle part = combined.parts().get(i);
            for (String key : part.keySet()) {
                String before = owner.putIfAbsent(key, MainWindow.PANE_BUNDLES.get(i));
                assertTrue(before == null || before.equals(MainWindow.PANE_BUNDLES.get(i)),
                        key + " is in " + before + " and in " + MainWindow.PANE_BUNDLES.get(i));
            }
        }
        assertEquals(owner.keySet(), combined.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theCombinedBundleSpeaksTheChosenLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        CombinedBundle combined = CombinedBundle.of(locale, MainWindow.PANE_BUNDLES);
        for (String name : MainWindow.PANE_BUNDLES) {
            ResourceBundle direct = ResourceBundle.getBundle(name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            direct.keySet().forEach(key -> assertEquals(direct.getString(key), combined.getString(key), key));
        }
    }
}
