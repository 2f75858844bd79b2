package org.pothos.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextClampTest {

    @Test
    void shortTextIsUntouched() {
        String text = "Sunset over the harbour";
        assertSame(text, TextClamp.clamp(text, 23));
    }

    @Test
    void cutsAtAWordBoundary() {
        assertEquals("A golden retriever", TextClamp.clamp("A golden retriever running on the beach", 22));
    }

    @Test
    void cutEndingExactlyAtAWordKeepsIt() {
        assertEquals("A golden", TextClamp.clamp("A golden retriever", 8));
    }

    @Test
    void dropsSeparatorsLeftAtTheEnd() {
        assertEquals("Dogs", TextClamp.clamp("Dogs, cats and birds", 6));
    }

    @Test
    void textWithoutSpacesIsCutHard() {
        assertEquals("一只金毛犬在海", TextClamp.clamp("一只金毛犬在海滩上奔跑", 7));
        assertEquals("Supercalifragi", TextClamp.clamp("Supercalifragilistic", 14));
    }

    @Test
    void neverLeavesHalfASurrogatePair() {
        String emoji = "🐶🐱🐭🐹🐰";
        String clamped = TextClamp.clamp(emoji, 3);

        assertEquals("🐶🐱🐭", clamped);
        assertEquals(3, clamped.codePointCount(0, clamped.length()));
        assertFalse(Character.isHighSurrogate(clamped.charAt(clamped.length() - 1)));
    }

    @Test
    void countsCodePointsNotChars() {
        String text = "𝒜𝒷𝒸 and more";
        assertTrue(TextClamp.clamp(text, 3).codePoints().count() <= 3);
        assertEquals("𝒜𝒷𝒸 and", TextClamp.clamp(text, 8));
    }
}
