package org.pothos.analysis.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pothos.analysis.AnalysisField;

/** Takes field values out of a JSON object whatever the model called its keys. */
final class JsonFieldReader {

    private JsonFieldReader() {
    }

    static RawFields read(ObjectNode object, Set<AnalysisField> fields) {
        RawFields raw = fieldsOf(object);
        if (!raw.hasAny(fields)) {
            // some models wrap the answer: {"image": {"title": …}} or {"result": {…}}
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (entry.getValue() instanceof ObjectNode inner) {
                    RawFields nested = fieldsOf(inner);
                    if (nested.hasAny(fields)) {
                        return nested;
                    }
                }
            }
        }
        return raw;
    }

    /** The schema's own key wins over a synonym: {"name": "IMG_1234", "title": "Harbour at dusk"}. */
    private static RawFields fieldsOf(ObjectNode object) {
        RawFields exact = new RawFields();
        RawFields synonyms = new RawFields();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            Optional<AnalysisField> field = FieldKeys.fieldFor(entry.getKey());
            field.ifPresent(f -> addValue(FieldKeys.key(f).equals(entry.getKey()) ? exact : synonyms,
                    f, entry.getValue()));
        }
        return exact.withMissingFrom(synonyms);
    }

    private static void addValue(RawFields raw, AnalysisField field, JsonNode value) {
        if (value.isArray()) {
            value.forEach(item -> addValue(raw, field, item));
        } else if (value.isValueNode() && !value.isNull()) {
            raw.add(field, value.asText());
        }
    }
}
