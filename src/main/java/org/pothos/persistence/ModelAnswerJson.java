package org.pothos.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pothos.analysis.ModelAnswer;

/** The parsed answer as stored on the job, for history and inspection, and to be saved again when saving failed. */
final class ModelAnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelAnswerJson() {
    }

    static String write(ModelAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write answer", e);
        }
    }

    static ModelAnswer read(String json) {
        try {
            return JSON.readValue(json, ModelAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the answer kept on the job", e);
        }
    }
}
