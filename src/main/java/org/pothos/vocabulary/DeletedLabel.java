package org.pothos.vocabulary;

import java.time.Instant;
import org.pothos.library.LabelKind;

/** A deleted tag or category that can be brought back, with the pictures it was on. */
public record DeletedLabel(long undoId, LabelKind kind, String name, int pictures, Instant deletedAt) {
}
