package org.pothos.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;

class AnswerSchemaTest {

    private static final AnswerLimits LIMITS = new AnswerLimits(60, 500, 8, 2);

    @Test
    void allFieldsGiveTheFullObjectSchema() throws Exception {
        Map<String, Object> schema = AnswerSchema.forFields(EnumSet.allOf(AnalysisField.class), LIMITS);

        String expected = """
                {"type":"object","properties":{
                  "title":{"type":"string","maxLength":60},
                  "description":{"type":"string","maxLength":500},
                  "tags":{"type":"array","items":{"type":"string"},"maxItems":8},
                  "categories":{"type":"array","items":{"type":"string"},"maxItems":2}},
                 "required":["title","description","tags","categories"],
                 "additionalProperties":false}""";
        JsonMapper mapper = new JsonMapper();
        assertEquals(mapper.readTree(expected), mapper.valueToTree(schema));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheRequestedFieldsAppearInDeclarationOrder() {
        Map<String, Object> schema = AnswerSchema.forFields(Set.of(AnalysisField.CATEGORIES, AnalysisField.TITLE), LIMITS);

        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        assertEquals(List.of("title", "categories"), List.copyOf(properties.keySet()));
        assertEquals(List.of("title", "categories"), schema.get("required"));
        assertEquals(false, schema.get("additionalProperties"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void singleFieldSchemaHoldsThatFieldAlone() {
        Map<String, Object> schema = AnswerSchema.forSingleField(AnalysisField.TAGS, AnswerLimits.defaults());

        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        assertEquals(Set.of("tags"), properties.keySet());
        assertEquals(10, ((Map<String, Object>) properties.get("tags")).get("maxItems"));
        assertEquals(List.of("tags"), schema.get("required"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShortListOfAllowedCategoriesBecomesAnEnum() {
        Map<String, Object> schema = AnswerSchema.forFields(Set.of(AnalysisField.CATEGORIES, AnalysisField.TAGS), LIMITS,
                List.of("Animals", "Travel"));

        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        assertEquals(Map.of("type", "string", "enum", List.of("Animals", "Travel")),
                ((Map<String, Object>) properties.get("categories")).get("items"));
        assertEquals(Map.of("type", "string"), ((Map<String, Object>) properties.get("tags")).get("items"));
    }

    @Test
    void noFieldsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> AnswerSchema.forFields(Set.of(), LIMITS));
    }
}
