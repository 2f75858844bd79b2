package org.pothos.library;

import java.nio.file.Path;

/** Where an import stands: files handled out of those found so far, and the file just handled. */
public record ImportProgress(int done, int total, Path current, boolean scanning) {
}
