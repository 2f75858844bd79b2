package org.pothos.analysis;

/** The things a vision model can be asked to write about an image. */
public enum AnalysisField {
    TITLE,
    DESCRIPTION,
    TAGS,
    CATEGORIES
}
