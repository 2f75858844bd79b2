package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.ParentCommand;

/** A change to the vocabulary; it works on tags or categories as its parent command ({@code tags}, {@code categories}) says. */
abstract class VocabularyCommand extends LibraryCommand {

    @ParentCommand
    LabelCountsCommand labels;

    LabelKind kind() {
        return labels.kind();
    }

    static String singular(LabelKind kind) {
        return kind == LabelKind.TAG ? "tag" : "category";
    }

    static String plural(LabelKind kind) {
        return kind == LabelKind.TAG ? "tags" : "categories";
    }

    /** The command that lists this kind, for hints ({@code tags}, {@code categories}). */
    static String command(LabelKind kind) {
        return "pothos " + plural(kind);
    }
}
