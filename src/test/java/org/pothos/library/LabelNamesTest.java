package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelNamesTest {

    @Test
    void cleansAndFolds() {
        assertEquals("Red  car".replace("  ", " "), LabelNames.clean("  Red \t car "));
        assertEquals("red car", LabelNames.normalise(" Red  CAR"));
    }

    @Test
    void matchKeysCoverSimpleSingularAndPlural() {
        assertEquals(List.of("dogs", "dog"), LabelNames.matchKeys("Dogs"));
        assertEquals(List.of("dog", "dogs"), LabelNames.matchKeys("dog"));
        assertEquals(List.of("berries", "berry"), LabelNames.matchKeys("Berries"));
        assertEquals(List.of("berry", "berries"), LabelNames.matchKeys("berry"));
        assertEquals(List.of("boxes", "box"), LabelNames.matchKeys("boxes"));
        assertEquals(List.of("box", "boxes"), LabelNames.matchKeys("box"));
        assertEquals(List.of("glass", "glasses"), LabelNames.matchKeys("glass"));
        assertEquals(List.of("bus"), LabelNames.matchKeys("bus").subList(0, 1));
        assertEquals(List.of("海滩"), LabelNames.matchKeys("海滩"));
        assertEquals(List.of("day", "days"), LabelNames.matchKeys("day"));
    }
}
