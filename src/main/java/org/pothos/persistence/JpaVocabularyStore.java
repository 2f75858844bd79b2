package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.review.SuggestionField;
import org.pothos.vocabulary.DeletedLabel;
import org.pothos.vocabulary.LabelAlias;
import org.pothos.vocabulary.VocabularyEntry;
import org.pothos.vocabulary.VocabularyException;
import org.pothos.vocabulary.VocabularyStore;

/** {@link VocabularyStore} over Hibernate: every change is one transaction. */
public final class JpaVocabularyStore implements VocabularyStore {

    private final Database db;
    private final Clock clock;

    public JpaVocabularyStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<VocabularyEntry> entries(LabelKind kind) {
        return db.call(em -> VocabularyReport.entries(em, LabelTable.of(kind)));
    }

    @Override
    public int rename(LabelKind kind, String oldName, String newName) {
        LabelTable table = LabelTable.of(kind);
        String name = requireName(newName);
        return db.call(em -> {
            LabelEntity label = require(em, table, kind, oldName);
            String oldNorm = label.normName;
            String newNorm = LabelNames.normalise(name);
            LabelEntity other = LabelWriter.findByKey(em, table, newNorm);
            if (other != null && !other.id().equals(label.id())) {
                throw new VocabularyException(describe(kind) + " named '" + other.name + "' exists: merge the two instead");
            }
            String oldDisplay = label.name;
            label.name = name;
            label.normName = newNorm;
            em.flush();
            if (!oldNorm.equals(newNorm)) {
                // The new name is a label now, not an alias; the old one keeps leading there.
                LabelMoves.deleteAlias(em, table, newNorm);
                LabelMoves.putAlias(em, table, oldDisplay, label.id());
                SuggestionRows.renameLabel(em, SuggestionField.of(kind), List.of(oldNorm), name);
            }
            return changed(em, table, List.of(label.id()));
        });
    }

    @Override
    public int merge(LabelKind kind, Collection<String> names, String into) {
        LabelTable table = LabelTable.of(kind);
        String target = requireName(into);
        if (names.isEmpty()) {
            throw new VocabularyException("name the " + plural(kind) + " to merge");
        }
        return db.call(em -> merge(em, table, kind, names, target));
    }

    private int merge(EntityManager em, LabelTable table, LabelKind kind, Collection<String> names, String target) {
        Map<Long, LabelEntity> sources = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            LabelEntity label = LabelWriter.findByKey(em, table, LabelNames.normalise(name));
            if (label == null) {
                unknown.add(name);
            } else {
                sources.put(label.id(), label);
            }
        }
        if (!unknown.isEmpty()) {
            throw new VocabularyException("no " + (unknown.size() == 1 ? singular(kind) : plural(kind)) + " named "
                    + String.join(", ", unknown));
        }
        LabelEntity into = targetLabel(em, table, target);
        List<Long> affected = LabelMoves.itemsWith(em, table, sources.keySet());
        for (LabelEntity source : sources.values()) {
            if (source.id().equals(into.id())) {
                continue;
            }
            LabelMoves.moveLinks(em, table, source.id(), into.id());
            LabelMoves.moveAliasesAndChildren(em, table, source.id(), into.id());
            String sourceName = source.name;
            String sourceNorm = source.normName;
            LabelMoves.deleteLabel(em, table, source.id());
            LabelMoves.putAlias(em, table, sourceName, into.id());
            SuggestionRows.renameLabel(em, SuggestionField.of(kind), List.of(sourceNorm), into.name);
        }
        refreshSearch(em, affected);
        return affected.size();
    }

    /** The label a merge or alias goes into: an existing one, the label an alias of that name stands for, or a new one. */
    private static LabelEntity targetLabel(EntityManager em, LabelTable table, String name) {
        LabelEntity label = LabelWriter.findByKey(em, table, LabelNames.normalise(name));
        if (label != null) {
            return label;
        }
        String aliased = LabelResolver.aliasTarget(em, table, name);
        if (aliased != null) {
            return LabelWriter.findByKey(em, table, LabelNames.normalise(aliased));
        }
        LabelEntity created = LabelWriter.create(em, table, name);
        em.flush();
        return created;
    }

    @Override
    public DeletedLabel delete(LabelKind kind, String name) {
        LabelTable table = LabelTable.of(kind);
        return db.call(em -> {
            LabelEntity label = require(em, table, kind, name);
            LabelUndo.Snapshot snapshot = LabelUndo.snapshot(em, table, label);
            long undoId = LabelUndo.save(em, kind, snapshot, clock.instant());
            List<Long> affected = snapshot.links().stream().map(LabelUndo.Link::mediaId).toList();
            // The schema takes the label's links and aliases with it and lifts the tags below it to the top.
            LabelMoves.deleteLabel(em, table, label.id());
            refreshSearch(em, affected);
            return LabelUndo.describe(em, undoId);
        });
    }

    @Override
    public Optional<DeletedLabel> lastDeleted(LabelKind kind) {
        return db.call(em -> LabelUndo.last(em, kind));
    }

    @Override
    public String undoDelete(long undoId) {
        return db.call(em -> {
            LabelTable table = LabelTable.of(LabelUndo.describe(em, undoId).kind());
            LabelUndo.Snapshot snapshot = LabelUndo.take(em, undoId);
            LabelEntity label = LabelUndo.restore(em, table, snapshot);
            refreshSearch(em, snapshot.links().stream().map(LabelUndo.Link::mediaId).toList());
            return label.name;
        });
    }

    @Override
    public void addAlias(LabelKind kind, String alias, String target) {
        LabelTable table = LabelTable.of(kind);
        String aliasName = requireName(alias);
        String targetName = requireName(target);
        if (LabelNames.normalise(aliasName).equals(LabelNames.normalise(targetName))) {
            throw new VocabularyException("an alias must differ from the " + singular(kind) + " it stands for");
        }
        db.run(em -> {
            LabelEntity into = targetLabel(em, table, targetName);
            if (LabelNames.normalise(aliasName).equals(into.normName)) {
                throw new VocabularyException("'" + aliasName + "' already stands for '" + into.name + "'");
            }
            LabelEntity existing = LabelWriter.findByKey(em, table, LabelNames.normalise(aliasName));
            if (existing != null) {
                // A label of the alias's name would compete with it: its pictures join the target.
                merge(em, table, kind, List.of(existing.name), into.name);
            } else {
                LabelMoves.putAlias(em, table, aliasName, into.id());
            }
        });
    }

    @Override
    public boolean removeAlias(LabelKind kind, String alias) {
        LabelTable table = LabelTable.of(kind);
        return db.call(em -> LabelMoves.deleteAlias(em, table, LabelNames.normalise(alias)) > 0);
    }

    @Override
    public List<LabelAlias> aliases(LabelKind kind) {
        LabelTable table = LabelTable.of(kind);
        return db.call(em -> NativeValues.rows(em.createNativeQuery("SELECT a.alias_name, n.name FROM " + table.aliasTable
                        + " a JOIN " + table.labelTable + " n ON n.id = a." + table.labelColumn + " ORDER BY a.alias_norm"))
                .stream()
                .map(r -> new LabelAlias((String) r[0], (String) r[1]))
                .toList());
    }

    @Override
    public void setParent(String child, String parent) {
        String childName = requireName(child);
        String parentName = parent == null || parent.isBlank() ? null : LabelNames.clean(parent);
        db.run(em -> {
            TagEntity tag = (TagEntity) targetLabel(em, LabelTable.TAG, childName);
            if (parentName == null) {
                tag.parentId = null;
                return;
            }
            TagEntity above = (TagEntity) targetLabel(em, LabelTable.TAG, parentName);
            if (above.id.equals(tag.id)) {
                throw new VocabularyException("a tag cannot be its own parent");
            }
            if (TagHierarchy.ancestors(em, above.id).contains(tag.id)) {
                throw new VocabularyException("'" + above.name + "' is below '" + tag.name + "': a tag cannot be under its own child");
            }
            tag.parentId = above.id;
        });
    }

    @Override
    public List<String> tagPath(String name) {
        return db.call(em -> {
            LabelEntity tag = LabelWriter.findByKey(em, LabelTable.TAG, LabelNames.normalise(name));
            if (tag == null) {
                return List.<String>of();
            }
            List<String> path = new ArrayList<>();
            for (Long id : TagHierarchy.ancestors(em, tag.id())) {
                path.add(0, em.find(TagEntity.class, id).name);
            }
            path.add(tag.name);
            return path;
        });
    }

    private static LabelEntity require(EntityManager em, LabelTable table, LabelKind kind, String name) {
        LabelEntity label = LabelWriter.findByKey(em, table, LabelNames.normalise(name));
        if (label == null) {
            throw new VocabularyException("no " + singular(kind) + " named '" + LabelNames.clean(name) + "'");
        }
        return label;
    }

    private static String requireName(String name) {
        String clean = LabelNames.clean(name);
        if (clean.isEmpty()) {
            throw new VocabularyException("a name cannot be empty");
        }
        if (clean.length() > 200) {
            throw new VocabularyException("a name has at most 200 characters");
        }
        return clean;
    }

    /** The pictures the change touched; their label names are searchable. */
    private static int changed(EntityManager em, LabelTable table, Collection<Long> labelIds) {
        List<Long> affected = LabelMoves.itemsWith(em, table, labelIds);
        refreshSearch(em, affected);
        return affected.size();
    }

    /** Every label change goes through the search seam, which keeps the search text and the index in step. */
    private static void refreshSearch(EntityManager em, Collection<Long> mediaIds) {
        SearchText.refresh(em, new LinkedHashSet<>(mediaIds));
    }

    private static String describe(LabelKind kind) {
        return "a " + singular(kind);
    }

    private static String singular(LabelKind kind) {
        return kind == LabelKind.TAG ? "tag" : "category";
    }

    private static String plural(LabelKind kind) {
        return kind == LabelKind.TAG ? "tags" : "categories";
    }
}
