package org.pothos.ui.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.library.VocabularyMode;
import org.pothos.persistence.JpaLibrarySettings;
import org.pothos.persistence.JpaVocabularyStore;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.common.Texts;
import org.pothos.vocabulary.LabelTree;
import org.pothos.vocabulary.VocabularyEntry;

/** The tag manager's ViewModel without a toolkit, on a real library; work runs on the calling thread. */
class TagManagerViewModelTest {

    @TempDir
    Path temp;

    private static List<String> names(List<LabelTree.Node> nodes) {
        return nodes.stream().map(node -> node.entry().name()).toList();
    }

    private static void select(TagManagerViewModel vm, String... names) {
        List<String> wanted = List.of(names);
        List<VocabularyEntry> all = new java.util.ArrayList<>();
        collect(vm.nodes(), all);
        vm.selected().setAll(all.stream().filter(e -> wanted.contains(e.name())).toList());
    }

    private static void collect(List<LabelTree.Node> nodes, List<VocabularyEntry> into) {
        nodes.forEach(node -> {
            into.add(node.entry());
            collect(node.children(), into);
        });
    }

    @Test
    void labelsAreRenamedMergedArrangedDeletedAndBroughtBack() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 50, 40);
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            library.importPaths(photos);
            long id = library.store.findIds(MediaQuery.all()).get(0);
            library.store.addLabels(id, LabelKind.TAG, List.of("puppy", "doggy", "grass"), Source.USER);
            int[] changes = new int[1];
            TagManagerViewModel vm = new TagManagerViewModel(new JpaVocabularyStore(library.database, Clock.systemUTC()),
                    new JpaLibrarySettings(library.database), Texts.of(TagManagerDialog.BUNDLE, Locale.ENGLISH),
                    Runnable::run, Runnable::run);
            vm.setOnChanged(() -> changes[0]++);
            vm.start();
            assertEquals(List.of("doggy", "grass", "puppy"), names(vm.nodes()));
            assertEquals(VocabularyMode.OFF, vm.vocabularyModeProperty().get());

            select(vm, "puppy", "doggy");
            vm.mergeInto("dog");
            assertEquals("Merged doggy, puppy into \u201cdog\u201d.", vm.statusProperty().get());
            select(vm, "grass");
            vm.rename("lawn");
            select(vm, "dog");
            vm.setParent("animal");
            assertEquals(List.of("animal", "lawn"), names(vm.nodes()));
            assertEquals(List.of("dog"), names(vm.nodes().get(0).children()));
            vm.filterProperty().set("pupp");
            assertEquals(List.of("animal"), names(vm.nodes()), "an alias finds its label, shown under its parent");
            vm.filterProperty().set("");

            select(vm, "lawn");
            vm.deleteSelected();
            assertTrue(vm.canUndoProperty().get());
            assertEquals(List.of("dog"), library.store.findById(id).orElseThrow().tags().stream().map(Label::name).toList());
            vm.undoDelete();
            assertFalse(vm.canUndoProperty().get());
            assertEquals(List.of("dog", "lawn"), library.store.findById(id).orElseThrow().tags().stream().map(Label::name).toList());

            select(vm, "dog");
            vm.rename("lawn");
            assertTrue(vm.statusProperty().get().contains("merge the two instead"), vm.statusProperty().get());
            vm.vocabularyModeProperty().set(VocabularyMode.STRICT);
            assertEquals(VocabularyMode.STRICT, new JpaLibrarySettings(library.database).vocabularyMode());
            assertEquals(6, changes[0], "each change of labels told the window");
        }
    }
}
