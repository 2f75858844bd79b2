package org.pothos.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The services' English sentences in the user's language: whole, by their start, or left as they came. */
class ServiceTextsTest {

    private final ServiceTexts chinese = ServiceTexts.of(Locale.SIMPLIFIED_CHINESE);

    @Test
    void sentencesWithNamesAreTranslatedWhole() {
        assertEquals("正在询问 http://gpu:11434 上的 llava:7b", chinese.translate("asking llava:7b on http://gpu:11434"));
        assertEquals("图片有 120.0 百万像素，超过 100.0 百万像素的上限",
                chinese.translate("image is 120.0 megapixels, above the 100.0 megapixel limit"));
        assertEquals("不是图片（文本或未知格式）", chinese.translate("not an image (text or unknown format)"));
    }

    @Test
    void aKnownStartIsTranslatedAndTheRestKept() {
        assertEquals("无法读取：/photos/a.jpg (Input/output error)", chinese.translate("could not be read: /photos/a.jpg (Input/output error)"));
        assertEquals("文件不完整", chinese.translate("truncated file"));
    }

    @Test
    void unknownWordsAndEnglishStayAsTheyAre() {
        assertEquals("something new went wrong", chinese.translate("something new went wrong"));
        assertNull(chinese.translate(null));
        assertEquals("truncated file", ServiceTexts.of(Locale.ENGLISH).translate("truncated file"));
    }
}
