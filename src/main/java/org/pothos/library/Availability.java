package org.pothos.library;

/** Whether an item's file was found at its path on the last import or rescan. */
public enum Availability {
    PRESENT,
    MISSING
}
