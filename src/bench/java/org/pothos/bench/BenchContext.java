package org.pothos.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every benchmark gets from the bench command.
 *
 * @param size    how much work to do
 * @param workDir an empty temporary folder the benchmark may fill; deleted afterwards
 * @param photos  a folder of real camera JPEGs given with {@code --photos}, if any
 * @param repeats how many times to repeat each measurement (median, min and max are taken over them)
 * @param log     progress lines for the person waiting (not part of the table)
 */
public record BenchContext(BenchSize size, Path workDir, Optional<Path> photos, int repeats, PrintStream log) {
}
