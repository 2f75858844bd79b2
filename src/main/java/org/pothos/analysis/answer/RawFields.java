package org.pothos.analysis.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pothos.analysis.AnalysisField;

/** Text found for each field before cleaning: one piece for a title, possibly many for tags. */
final class RawFields {

    private final Map<AnalysisField, List<String>> pieces = new EnumMap<>(AnalysisField.class);

    void add(AnalysisField field, String piece) {
        if (piece != null && !piece.isBlank()) {
            pieces.computeIfAbsent(field, f -> new ArrayList<>()).add(piece);
        }
    }

    List<String> get(AnalysisField field) {
        return pieces.getOrDefault(field, List.of());
    }

    boolean hasAny(Set<AnalysisField> fields) {
        return fields.stream().anyMatch(pieces::containsKey);
    }

    /** Fills the fields this one lacks from another source, keeping what was already found. */
    RawFields withMissingFrom(RawFields other) {
        other.pieces.forEach((field, values) -> {
            if (!pieces.containsKey(field)) {
                pieces.put(field, new ArrayList<>(values));
            }
        });
        return this;
    }
}
