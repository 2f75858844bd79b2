package org.pothos.analysis;

/** How a user's own prompt combines with the default one. */
public enum CustomPromptMode {
    /** The user's text is added to the default prompt as extra instructions. */
    EXTEND,
    /** The user's text replaces the default prompt. */
    REPLACE
}
