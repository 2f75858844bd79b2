package org.pothos.vocabulary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pothos.library.LabelKind;

/**
 * The person's vocabulary of tags and categories: rename, merge, delete with undo, aliases, and the tag
 * hierarchy. Every change is one transaction and keeps each picture's other labels and every value's
 * source. A renamed or merged name becomes an alias of the label it went into, so a model's answer that
 * uses it lands on the person's label. Calls block: never make them on the JavaFX thread.
 */
public interface VocabularyStore {

    /** Every label of the kind with its use, most used first. */
    List<VocabularyEntry> entries(LabelKind kind);

    /** Renames a label; another label of that name must not exist (merge them instead). Returns the pictures affected. */
    int rename(LabelKind kind, String oldName, String newName);

    /**
     * Merges labels into {@code into} (an existing label, or a new name): every picture that had one of
     * them has {@code into}, with the source it had. Returns the pictures affected.
     */
    int merge(LabelKind kind, Collection<String> names, String into);

    /** Takes a label off every picture and forgets it; {@link #undoDelete} brings it back. */
    DeletedLabel delete(LabelKind kind, String name);

    /** The most recent deletion of a label of this kind that can still be undone. */
    Optional<DeletedLabel> lastDeleted(LabelKind kind);

    /** Restores a deleted label on the pictures that are still in the library; returns its name. */
    String undoDelete(long undoId);

    /**
     * Makes {@code alias} stand for the label {@code target} (created when new). A label already named like
     * the alias is merged into the target first, so the alias never competes with a label of its own.
     */
    void addAlias(LabelKind kind, String alias, String target);

    /** Forgets an alias; false when there was none. */
    boolean removeAlias(LabelKind kind, String alias);

    List<LabelAlias> aliases(LabelKind kind);

    /** Puts tag {@code child} under {@code parent} (created when new); a null parent makes it a top-level tag. */
    void setParent(String child, String parent);

    /**
     * The tag's path from the top of the hierarchy down to it, for example {@code [animal, dog]}; empty when
     * there is no such tag. This is what a hierarchical keyword ({@code animal|dog}) is made of.
     */
    List<String> tagPath(String name);
}
