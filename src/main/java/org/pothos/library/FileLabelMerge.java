package org.pothos.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.pothos.xmp.FileLabels;

/**
 * What reading a picture's files again changes on its item: a three-way merge of the labels the files held when
 * Pothos last read or wrote them (the base), what they hold now, and the item's labels. A field the files did not
 * change keeps the item's value; a field they changed (another program edited it) takes the files' value; a tag
 * added in the files is added, one removed there is removed. When the base is unknown (files never read, as in a
 * library from before labels were read), the files only fill what the item lacks and never remove anything.
 */
public final class FileLabelMerge {

    /** A new title or description (null clears it) and who it came from. */
    public record TextChange(String value, Source source) {
    }

    /** A label to add, with its hierarchy path (tags only, null when none) and who it came from. */
    public record LabelAdd(String name, String path, Source source) {
    }

    /** The changes to make; an absent change is null or empty. */
    public record Changes(TextChange title, TextChange description, List<LabelAdd> addTags, List<String> removeTags,
                          List<LabelAdd> addCategories, List<String> removeCategories, Integer rating) {

        public boolean isEmpty() {
            return title == null && description == null && addTags.isEmpty() && removeTags.isEmpty()
                    && addCategories.isEmpty() && removeCategories.isEmpty() && rating == null;
        }
    }

    private FileLabelMerge() {
    }

    /**
     * @param base   the files' labels when last read or written; null when unknown
     * @param theirs the files' labels now
     * @param ours   the item's labels now
     */
    public static Changes merge(FileLabels base, FileLabels theirs, LabelSnapshot ours) {
        LabelSnapshot now = LabelSnapshot.of(theirs);
        LabelSnapshot before = base == null ? null : LabelSnapshot.of(base);
        FileLabels.Sources sources = theirs.sources();
        TextChange title = text(before == null ? null : before.title(), now.title(), ours.title(), before == null,
                sources.title());
        TextChange description = text(before == null ? null : before.description(), now.description(), ours.description(),
                before == null, sources.description());
        Integer rating = null;
        boolean ratingChanged = before == null ? ours.rating() == 0 && now.rating() != 0 : before.rating() != now.rating();
        if (ratingChanged && now.rating() != ours.rating()) {
            rating = now.rating();
        }
        Map<String, FileLabels.Tag> tags = byKey(theirs.tags(), FileLabels.Tag::name);
        List<LabelAdd> addTags = new ArrayList<>();
        for (String key : added(before == null ? null : before.tags(), now.tags(), ours.tags())) {
            FileLabels.Tag tag = tags.get(key);
            addTags.add(new LabelAdd(LabelSnapshot.name(tag.name()), tag.path(), source(sources.tag(tag.name()))));
        }
        Map<String, String> categories = byKey(theirs.categories(), Function.identity());
        List<LabelAdd> addCategories = new ArrayList<>();
        for (String key : added(before == null ? null : before.categories(), now.categories(), ours.categories())) {
            String category = categories.get(key);
            addCategories.add(new LabelAdd(LabelSnapshot.name(category), null, source(sources.category(category))));
        }
        return new Changes(title, description, addTags, removed(before == null ? null : before.tags(), now.tags(), ours.tags()),
                addCategories, removed(before == null ? null : before.categories(), now.categories(), ours.categories()),
                rating);
    }

    private static TextChange text(String base, String theirs, String ours, boolean baseUnknown, String recorded) {
        boolean changedInFiles = baseUnknown ? ours == null && theirs != null : !Objects.equals(base, theirs);
        if (!changedInFiles || Objects.equals(theirs, ours)) {
            return null;
        }
        return new TextChange(theirs, theirs == null ? null : source(recorded));
    }

    /** Keys the files gained since the base (all they have, when it is unknown) that the item lacks. */
    private static List<String> added(Set<String> base, Set<String> theirs, Set<String> ours) {
        List<String> keys = new ArrayList<>();
        for (String key : theirs) {
            if ((base == null || !base.contains(key)) && !ours.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Keys the files lost since the base that the item still has; none when the base is unknown. */
    private static List<String> removed(Set<String> base, Set<String> theirs, Set<String> ours) {
        List<String> keys = new ArrayList<>();
        if (base != null) {
            for (String key : base) {
                if (!theirs.contains(key) && ours.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static <T> Map<String, T> byKey(List<T> labels, Function<T, String> name) {
        Map<String, T> keyed = new LinkedHashMap<>();
        for (T label : labels) {
            keyed.putIfAbsent(LabelNames.normalise(LabelSnapshot.name(name.apply(label))), label);
        }
        return keyed;
    }

    /** The source Pothos recorded in the file when it wrote it, else "file". */
    private static Source source(String recorded) {
        if (recorded == null) {
            return Source.FILE;
        }
        try {
            return Source.decode(recorded);
        } catch (IllegalArgumentException e) {
            return Source.FILE;
        }
    }
}
