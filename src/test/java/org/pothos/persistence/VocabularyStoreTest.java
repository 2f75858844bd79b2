package org.pothos.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.ModelAnswer;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.vocabulary.DeletedLabel;
import org.pothos.vocabulary.LabelAlias;
import org.pothos.vocabulary.VocabularyEntry;
import org.pothos.vocabulary.VocabularyException;

/** Rename, merge, delete with undo, aliases and the hierarchy, on a real library database. */
class VocabularyStoreTest {

    private static final Source MODEL = Source.ai(LibraryRows.MODEL);

    @TempDir
    Path dataDir;

    private LibraryRows rows;

    @BeforeEach
    void open() {
        rows = new LibraryRows(dataDir);
    }

    @AfterEach
    void close() {
        rows.close();
    }

    private Map<String, Source> sources(long mediaId) {
        return rows.get(mediaId).tags().stream().collect(Collectors.toMap(Label::name, Label::source));
    }

    @Test
    void renameMovesEveryPictureInOneGoAndKeepsOtherLabelsAndSources() {
        long a = rows.item();
        long b = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("automobile", "street"), Source.USER);
        rows.analyse(b, LibraryRows.tags("automobile", "night"));

        assertEquals(2, rows.vocabulary.rename(LabelKind.TAG, "Automobile", "car"));

        assertEquals(Map.of("car", Source.USER, "street", Source.USER), sources(a));
        assertEquals(Map.of("car", MODEL, "night", MODEL), sources(b));
        assertEquals(2, rows.media.count(MediaQuery.all().withTags(List.of("car"))));
        assertEquals(0, rows.media.count(MediaQuery.all().withText("automobile")), "the search text follows the rename");
        assertEquals(List.of(new LabelAlias("automobile", "car")), rows.vocabulary.aliases(LabelKind.TAG));

        long c = rows.item();
        rows.analyse(c, LibraryRows.tags("Automobiles", "tree"));
        assertEquals(List.of("car", "tree"), rows.tagNames(c), "the old name, even in the plural, comes back as the new one");
        assertTrue(rows.vocabulary.entries(LabelKind.TAG).stream().noneMatch(e -> e.name().equals("automobile")));
    }

    @Test
    void renameOntoAnotherLabelIsRefusedAndACaseChangeIsARename() {
        long a = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("dog", "cat"), Source.USER);
        VocabularyException clash = assertThrows(VocabularyException.class,
                () -> rows.vocabulary.rename(LabelKind.TAG, "dog", "Cat"));
        assertTrue(clash.getMessage().contains("merge"), clash.getMessage());
        rows.vocabulary.rename(LabelKind.TAG, "dog", "Dog");
        assertEquals(List.of("cat", "Dog"), rows.tagNames(a));
        assertTrue(rows.vocabulary.aliases(LabelKind.TAG).isEmpty(), "a case change needs no alias");
        assertThrows(VocabularyException.class, () -> rows.vocabulary.rename(LabelKind.TAG, "unicorn", "horse"));
    }

    @Test
    void mergeKeepsEveryPicturesOtherLabelsAndSourcesAndTheNamesBecomeAliases() {
        long a = rows.item();
        long b = rows.item();
        long both = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("puppy", "grass"), Source.USER);
        rows.analyse(b, LibraryRows.tags("doggy", "ball"));
        rows.media.addLabels(both, LabelKind.TAG, List.of("dog"), Source.USER);
        rows.media.addLabels(both, LabelKind.TAG, List.of("puppy"), MODEL);
        rows.media.addLabels(a, LabelKind.CATEGORY, List.of("Animals"), Source.USER);

        assertEquals(3, rows.vocabulary.merge(LabelKind.TAG, List.of("puppy", "doggy", "dog"), "dog"));

        assertEquals(Map.of("dog", Source.USER, "grass", Source.USER), sources(a));
        assertEquals(Map.of("dog", MODEL, "ball", MODEL), sources(b));
        assertEquals(Map.of("dog", Source.USER), sources(both), "a picture that had the target keeps its own link");
        assertEquals(List.of("Animals"), rows.labels(a, LabelKind.CATEGORY));
        assertEquals(List.of("doggy", "puppy"), rows.vocabulary.aliases(LabelKind.TAG).stream().map(LabelAlias::alias).toList());

        long c = rows.item();
        rows.analyse(c, LibraryRows.tags("puppies", "doggy"));
        assertEquals(List.of("dog"), rows.tagNames(c), "merged names never come back");
    }

    @Test
    void mergeIntoANewNameAndMergingCategories() {
        long a = rows.item();
        rows.media.addLabels(a, LabelKind.CATEGORY, List.of("Travel", "Trips"), Source.USER);
        assertEquals(1, rows.vocabulary.merge(LabelKind.CATEGORY, List.of("Travel", "Trips"), "Journeys"));
        assertEquals(List.of("Journeys"), rows.labels(a, LabelKind.CATEGORY));
        assertThrows(VocabularyException.class, () -> rows.vocabulary.merge(LabelKind.CATEGORY, List.of("Nope"), "Journeys"));
    }

    @Test
    void deleteTakesALabelOffEveryPictureAndUndoPutsItBackWithItsSources() {
        long a = rows.item();
        long b = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("blurry", "sea"), Source.USER);
        rows.analyse(b, LibraryRows.tags("blurry"));
        rows.vocabulary.addAlias(LabelKind.TAG, "unsharp", "blurry");
        rows.vocabulary.setParent("blurry", "quality");

        DeletedLabel deleted = rows.vocabulary.delete(LabelKind.TAG, "blurry");
        assertEquals(2, deleted.pictures());
        assertEquals(List.of("sea"), rows.tagNames(a));
        assertEquals(List.of(), rows.tagNames(b));
        assertTrue(rows.vocabulary.aliases(LabelKind.TAG).isEmpty());
        assertEquals(deleted, rows.vocabulary.lastDeleted(LabelKind.TAG).orElseThrow());
        assertTrue(rows.vocabulary.lastDeleted(LabelKind.CATEGORY).isEmpty());

        assertEquals("blurry", rows.vocabulary.undoDelete(deleted.undoId()));
        assertEquals(Map.of("blurry", Source.USER, "sea", Source.USER), sources(a));
        assertEquals(Map.of("blurry", MODEL), sources(b));
        assertEquals(List.of(new LabelAlias("unsharp", "blurry")), rows.vocabulary.aliases(LabelKind.TAG));
        assertEquals(List.of("quality", "blurry"), rows.vocabulary.tagPath("blurry"));
        assertTrue(rows.vocabulary.lastDeleted(LabelKind.TAG).isEmpty(), "an undone deletion is not undone twice");
        assertThrows(VocabularyException.class, () -> rows.vocabulary.undoDelete(deleted.undoId()));
    }

    @Test
    void anAliasMapsTheModelsAnswerBeforeItIsStored() {
        rows.vocabulary.addAlias(LabelKind.TAG, "automobile", "car");
        rows.vocabulary.addAlias(LabelKind.TAG, "狗", "dog");
        rows.vocabulary.addAlias(LabelKind.CATEGORY, "Trips", "Travel");
        long a = rows.item();
        rows.analyse(a, new ModelAnswer(null, null, List.of("Automobile", "狗", "road"), List.of("trips")));

        assertEquals(List.of("car", "dog", "road"), rows.tagNames(a));
        assertEquals(List.of("Travel"), rows.labels(a, LabelKind.CATEGORY));
        List<String> known = rows.vocabulary.entries(LabelKind.TAG).stream().map(VocabularyEntry::name).toList();
        assertFalse(known.contains("automobile") || known.contains("狗"), "no label was made of an alias: " + known);
    }

    @Test
    void anAliasForALabelInUseMergesIt() {
        long a = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("automobile"), Source.USER);
        rows.vocabulary.addAlias(LabelKind.TAG, "automobile", "car");
        assertEquals(List.of("car"), rows.tagNames(a));
        assertThrows(VocabularyException.class, () -> rows.vocabulary.addAlias(LabelKind.TAG, "Car", "car"));
        assertTrue(rows.vocabulary.removeAlias(LabelKind.TAG, "automobile"));
        assertFalse(rows.vocabulary.removeAlias(LabelKind.TAG, "automobile"));
    }

    @Test
    void aParentFilterFindsTheChildrensPictures() {
        long dog = rows.item();
        long puppy = rows.item();
        long cat = rows.item();
        long animal = rows.item();
        long car = rows.item();
        rows.media.addLabels(dog, LabelKind.TAG, List.of("dog", "beach"), Source.USER);
        rows.media.addLabels(puppy, LabelKind.TAG, List.of("puppy"), Source.USER);
        rows.media.addLabels(cat, LabelKind.TAG, List.of("cat", "beach"), Source.USER);
        rows.media.addLabels(animal, LabelKind.TAG, List.of("animal", "dog"), Source.USER);
        rows.media.addLabels(car, LabelKind.TAG, List.of("car", "beach"), Source.USER);
        rows.vocabulary.setParent("dog", "animal");
        rows.vocabulary.setParent("cat", "animal");
        rows.vocabulary.setParent("puppy", "dog");

        assertEquals(List.of(dog, puppy, cat, animal), ids(MediaQuery.all().withTags(List.of("animal"))),
                "a picture with two tags of the family is listed once");
        assertEquals(4, rows.media.count(MediaQuery.all().withTags(List.of("animal"))));
        assertEquals(List.of(dog, puppy, animal), ids(MediaQuery.all().withTags(List.of("dog"))));
        assertEquals(List.of(dog, cat), ids(MediaQuery.all().withTags(List.of("animal", "beach"))));
        assertEquals(List.of(dog, cat), ids(MediaQuery.all().withTags(List.of("beach", "animal"))));
        assertEquals(List.of("animal", "dog", "puppy"), rows.vocabulary.tagPath("Puppy"));

        VocabularyEntry animals = rows.vocabulary.entries(LabelKind.TAG).stream()
                .filter(e -> e.name().equals("animal")).findFirst().orElseThrow();
        assertEquals(1, animals.count());
        assertEquals(4, animals.totalCount());

        VocabularyException loop = assertThrows(VocabularyException.class, () -> rows.vocabulary.setParent("animal", "puppy"));
        assertTrue(loop.getMessage().contains("below"), loop.getMessage());
        rows.vocabulary.setParent("puppy", null);
        assertEquals(List.of(dog, animal), ids(MediaQuery.all().withTags(List.of("dog"))));
    }

    private List<Long> ids(MediaQuery query) {
        return rows.media.find(query.withSort(org.pothos.library.SortOrder.NAME), 0, 100).items().stream()
                .map(MediaItem::id).toList();
    }

    @Test
    void entriesTellCountsSourcesLastUseAndAliases() {
        long a = rows.item();
        long b = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("sea"), Source.USER);
        rows.analyse(b, LibraryRows.tags("sea"));
        rows.vocabulary.addAlias(LabelKind.TAG, "ocean", "sea");
        VocabularyEntry sea = rows.vocabulary.entries(LabelKind.TAG).get(0);
        assertEquals("sea", sea.name());
        assertEquals(2, sea.count());
        assertEquals(1, sea.byUser());
        assertEquals(1, sea.byModel());
        assertEquals(0, sea.byFile());
        assertEquals(List.of("ocean"), sea.aliases());
        assertTrue(sea.lastUsed() != null);
    }
}
