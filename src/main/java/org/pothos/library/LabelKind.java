package org.pothos.library;

/** The two kinds of label an item carries. */
public enum LabelKind {
    TAG,
    CATEGORY
}
