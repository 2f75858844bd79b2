package org.pothos.library;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything an import did, one outcome per file, and whether it was cancelled before the end. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled, Duration elapsed) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public Map<ImportOutcome.Kind, Long> counts() {
        Map<ImportOutcome.Kind, Long> counts = new EnumMap<>(ImportOutcome.Kind.class);
        for (ImportOutcome.Kind kind : ImportOutcome.Kind.values()) {
            counts.put(kind, 0L);
        }
        outcomes.forEach(o -> counts.merge(o.kind(), 1L, Long::sum));
        return counts;
    }

    public long count(ImportOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    public List<ImportOutcome> skipped() {
        return outcomes.stream().filter(o -> o.kind() == ImportOutcome.Kind.SKIPPED).toList();
    }

    /** True when the import found something to import but every file was skipped. */
    public boolean nothingImported() {
        return !outcomes.isEmpty() && skipped().size() == outcomes.size();
    }
}
