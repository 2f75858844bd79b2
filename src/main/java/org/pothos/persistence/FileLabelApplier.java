package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pothos.library.FileLabelMerge;
import org.pothos.library.LabelNames;
import org.pothos.library.LabelSnapshot;
import org.pothos.xmp.FileLabels;

/**
 * Puts the labels read from an item's files on the item, inside the import's transaction: merged with what the
 * item has (see {@link FileLabelMerge}), then remembered as the files' state for the next merge.
 */
final class FileLabelApplier {

    private final LabelWriter labels;

    FileLabelApplier(LabelWriter labels) {
        this.labels = labels;
    }

    /**
     * @param fresh the item was just created: it has no labels, and its files' earlier state is "nothing"
     * @return whether the item's labels changed
     */
    boolean apply(EntityManager em, MediaItemEntity item, FileLabels theirs, boolean fresh, Instant now) {
        FileLabels base = fresh ? FileLabels.NONE : FileLabelsJson.read(item.fileLabels);
        LabelSnapshot ours = fresh ? new LabelSnapshot(null, null, Set.of(), Set.of(), 0) : current(em, item);
        FileLabelMerge.Changes changes = FileLabelMerge.merge(base, theirs, ours);
        if (changes.title() != null) {
            item.title = changes.title().value();
            item.titleSource = changes.title().value() == null ? null : changes.title().source().encode();
        }
        if (changes.description() != null) {
            item.description = changes.description().value();
            item.descriptionSource = changes.description().value() == null ? null : changes.description().source().encode();
        }
        if (changes.rating() != null) {
            item.rating = changes.rating();
        }
        for (FileLabelMerge.LabelAdd tag : changes.addTags()) {
            labels.addFromFile(em, item.id, LabelTable.TAG, tag.name(), tag.path(), tag.source(), now);
        }
        for (FileLabelMerge.LabelAdd category : changes.addCategories()) {
            labels.addFromFile(em, item.id, LabelTable.CATEGORY, category.name(), null, category.source(), now);
        }
        changes.removeTags().forEach(name -> labels.remove(em, item.id, LabelTable.TAG, name));
        changes.removeCategories().forEach(name -> labels.remove(em, item.id, LabelTable.CATEGORY, name));
        item.fileLabels = FileLabelsJson.write(theirs);
        item.fileLabelsAt = now;
        if (!changes.isEmpty()) {
            item.updatedAt = now;
            SearchText.refresh(em, List.of(item.id));
        }
        return !changes.isEmpty();
    }

    private static LabelSnapshot current(EntityManager em, MediaItemEntity item) {
        return new LabelSnapshot(item.title, item.description, names(em, LabelTable.TAG, item.id),
                names(em, LabelTable.CATEGORY, item.id), item.rating);
    }

    private static Set<String> names(EntityManager em, LabelTable table, long mediaId) {
        Set<String> names = new TreeSet<>();
        em.createQuery("select n.normName from " + table.linkEntity + " l, " + table.labelEntity
                        + " n where n.id = l.labelId and l.mediaId = :m", String.class)
                .setParameter("m", mediaId)
                .getResultList()
                .forEach(name -> names.add(LabelNames.normalise(name)));
        return names;
    }
}
