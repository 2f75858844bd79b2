package org.pothos.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the review and of the tag manager exists in English and in Chinese, and Chinese reads as UTF-8. */
class ReviewBundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReviewBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/pothos/ui/review/ReviewView", "/org/pothos/ui/vocabulary/TagManagerDialog"})
    void bothLanguagesHaveTheSameKeys(String base) throws IOException {
        assertEquals(load(base + ".properties").keySet(), load(base + "_zh_CN.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.pothos.ui.review.ReviewView", "org.pothos.ui.vocabulary.TagManagerDialog"})
    void chineseTextsAreReadAsUtf8(String bundle) {
        ResourceBundle chinese = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE);
        String key = bundle.endsWith("ReviewView") ? "review.accept" : "tags.delete";
        assertEquals(bundle.endsWith("ReviewView") ? "接受" : "删除", chinese.getString(key));
    }
}
