package org.pothos.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;

/**
 * Searching by words through the real index: ranking, English stemming, Chinese segmentation and the query language.
 * One library for the class (opening one takes a while); each test uses words of its own.
 */
class TextSearchTest {

    @TempDir
    static Path dataDir;

    private static SearchLibrary library;

    @BeforeAll
    static void open() throws Exception {
        library = SearchLibrary.open(dataDir);
    }

    @AfterAll
    static void close() throws Exception {
        library.close();
    }

    @Test
    void aMatchInTheTitleRanksAboveOneInTheDescription() throws Exception {
        long inDescription = library.add("a/1.jpg", "Harbour at noon",
                "Fishing boats in a small harbour; a lighthouse stands on the pier behind them.");
        long inTitle = library.add("a/2.jpg", "Lighthouse", "A white tower on a rocky coast under clouds.");
        long unrelated = library.add("a/3.jpg", "Forest path", "Tall pines and ferns.");

        List<Long> found = library.find("lighthouse");
        assertEquals(List.of(inTitle, inDescription), found);
        assertTrue(!found.contains(unrelated));
    }

    @Test
    void aMatchInATagRanksAboveOneInTheDescription() throws Exception {
        long inDescription = library.add("b/1.jpg", "Morning", "A cat sleeps on the windowsill in the sun.");
        long tagged = library.add("b/2.jpg", "Morning", "Light through the curtains.", "cat");
        assertEquals(List.of(tagged, inDescription), library.find("cat"));
    }

    @Test
    void englishWordsAreStemmed() throws Exception {
        long beaches = library.add("c/1.jpg", "Beaches of the north", "Children running along the dunes.");
        long dog = library.add("c/2.jpg", "A dog", "The dog's ball lies in the grass.");
        assertEquals(List.of(beaches), library.find("beach"));
        assertEquals(List.of(beaches), library.find("runs "));
        assertEquals(List.of(dog), library.find("dogs "));
    }

    @Test
    void chineseIsSegmentedIntoWords() throws Exception {
        long sunset = library.add("d/1.jpg", "海边的日落", "金色的阳光洒在沙滩上。");
        long mountain = library.add("d/2.jpg", "山上的日出", "云海和远处的山峰。");
        long mixed = library.add("d/3.jpg", "Dusk 日落 at the pier", null);

        assertEquals(List.of(sunset, mixed).stream().sorted().toList(), library.find("日落 ").stream().sorted().toList());
        assertEquals(List.of(sunset), library.find("沙滩 "));
        assertEquals(List.of(mountain), library.find("日出 "));
        // A segmented word, not a run of characters: 日 alone is no word of either title, but a prefix while typing.
        assertEquals(List.of(), library.find("落日 "));
        assertEquals(List.of(sunset), library.find("海边 日落 "));
    }

    @Test
    void theLastWordAlsoMatchesAsAPrefixBelowWholeWords() throws Exception {
        long sunset = library.add("e/1.jpg", "Sunset over the bay", null);
        long sunday = library.add("e/2.jpg", "Sunday market", null);
        long sun = library.add("e/3.jpg", "Sun behind the mill", null);
        assertEquals(List.of(sunset), library.find("sunse"));
        assertEquals(List.of(sunset), library.find("bay sunse"));
        List<Long> found = library.find("sun");
        assertEquals(sun, found.get(0));
        assertEquals(List.of(sun, sunset, sunday).stream().sorted().toList(), found.stream().sorted().toList());
    }

    @Test
    void phrasesExclusionsAndLabelFields() throws Exception {
        long golden = library.add("f/1.jpg", "Golden hour in the valley", "Warm light on the fields.", "landscape");
        long hour = library.add("f/2.jpg", "An hour in golden fields", null, "landscape", "wheat");
        long city = library.add("f/3.jpg", "Golden hour downtown", "Towers and traffic.", "city");
        library.store.addLabels(city, LabelKind.CATEGORY, List.of("Street photography"), Source.USER);

        assertEquals(List.of(golden, city).stream().sorted().toList(),
                library.find("\"golden hour\"").stream().sorted().toList());
        assertEquals(List.of(golden), library.find("\"golden hour\" -city"));
        assertEquals(List.of(golden, hour).stream().sorted().toList(), library.find("golden tag:landscape").stream().sorted().toList());
        assertEquals(List.of(hour), library.find("golden tag:landscape tag:Wheat"));
        assertEquals(List.of(city), library.find("golden category:\"street photography\""));
        assertEquals(List.of(golden, hour).stream().sorted().toList(), library.find("golden -category:\"Street Photography\"")
                .stream().sorted().toList());
        assertEquals(List.of(golden), library.find("golden hour -wheat -tag:city"));
    }

    @Test
    void fileAndFolderNamesAreSearchable() throws Exception {
        long camera = library.add("Holiday 2023/IMG_1234.JPG", null, null);
        long other = library.add("Work/scan_0042.png", null, null);
        assertEquals(List.of(camera), library.find("1234 "));
        assertEquals(List.of(camera), library.find("holiday "));
        assertEquals(List.of(other), library.find("scan "));
    }

    @Test
    void theSidebarFiltersCombineWithTheText() throws Exception {
        long favourite = library.add("g/1.jpg", "Red kite", null, "bird");
        long plain = library.add("g/2.jpg", "Red kite at dusk", null, "bird");
        library.add("g/3.jpg", "Red car", null, "car");
        library.store.setFavourite(favourite, true);

        MediaQuery birds = MediaQuery.all().withText("red").withTags(List.of("bird"));
        assertEquals(List.of(favourite, plain).stream().sorted().toList(), library.find(birds).stream().sorted().toList());
        assertEquals(List.of(favourite), library.find(birds.withFavourite(true)));
        assertEquals(List.of(), library.find(birds.withCategory("nature")));
    }

    @Test
    void theIndexFollowsEditsAndRemovals() throws Exception {
        long id = library.add("h/1.jpg", "Bridge in fog", null);
        assertEquals(List.of(id), library.find("fog "));
        library.store.setTitle(id, "Bridge in snow", Source.USER);
        assertEquals(List.of(), library.find("fog "));
        assertEquals(List.of(id), library.find("snow "));
        library.store.addLabels(id, LabelKind.CATEGORY, List.of("Winter"), Source.USER);
        assertEquals(List.of(id), library.find("winter "));
        library.store.removeLabel(id, LabelKind.CATEGORY, "winter");
        assertEquals(List.of(), library.find("winter "));
        library.store.remove(List.of(id));
        assertEquals(List.of(), library.find("snow "));
    }

    @Test
    void aTagFilterIncludesTheTagsBelowIt() throws Exception {
        long beagle = library.add("j/1.jpg", "Meadow walk", null, "beagle");
        long poodle = library.add("j/2.jpg", "Meadow show", null, "poodle");
        long tabby = library.add("j/3.jpg", "Meadow nap", null, "tabby");
        library.store.addLabels(poodle, LabelKind.TAG, List.of("canine"), Source.USER);
        library.context.vocabularyStore().setParent("beagle", "canine");
        library.context.vocabularyStore().setParent("poodle", "canine");

        assertEquals(List.of(beagle, poodle).stream().sorted().toList(),
                library.find("meadow tag:canine").stream().sorted().toList());
        assertEquals(List.of(beagle, poodle).stream().sorted().toList(),
                library.find(MediaQuery.all().withText("meadow").withTags(List.of("canine"))).stream().sorted().toList());
        assertEquals(List.of(tabby), library.find("meadow -tag:canine"));
    }

    @Test
    void stopWordsAloneDoNotEmptyTheResults() throws Exception {
        long goat = library.add("i/1.jpg", "Goat on the hill", null);
        assertEquals(List.of(goat), library.find("goat on the hill"));
    }
}
