package org.pothos.vocabulary;

/** A vocabulary change that cannot be made as asked (unknown label, a name in use, a loop in the hierarchy). */
public final class VocabularyException extends RuntimeException {

    public VocabularyException(String message) {
        super(message);
    }
}
