package org.pothos.analysis;

import java.util.List;

/** Jobs queued together; {@code jobIds} includes earlier active jobs that already covered some items. */
public record AnalysisBatch(String id, List<Long> jobIds, int created, int alreadyActive) {
}
