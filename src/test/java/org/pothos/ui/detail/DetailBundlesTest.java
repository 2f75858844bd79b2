package org.pothos.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every text of the pane exists in every language, and the Chinese file is read as UTF-8. */
class DetailBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DetailView.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("DetailView.properties").keySet(), load("DetailView_zh_CN.properties").keySet());
    }

    @Test
    void everyProblemHasAText() {
        ResourceBundle english = ResourceBundle.getBundle("org.pothos.ui.detail.DetailView", Locale.ROOT);
        for (DetailProblem problem : DetailProblem.values()) {
            assertTrue(english.containsKey("problem." + problem.name().toLowerCase(Locale.ROOT)), problem.name());
        }
    }

    @Test
    void chineseTextsAreReadAsUtf8() {
        ResourceBundle chinese = ResourceBundle.getBundle("org.pothos.ui.detail.DetailView", Locale.SIMPLIFIED_CHINESE);
        assertEquals("标签", chinese.getString("detail.tags"));
    }
}
