package org.pothos.search;

/**
 * The meaning of a search as a vector of the library's embedding model, or why there is none (no model chosen
 * or installed, Ollama not reachable): then search ranks by words alone and says so.
 */
public record QueryMeaning(VectorSpace space, float[] vector, String unavailable) {

    public static QueryMeaning of(VectorSpace space, float[] vector) {
        return new QueryMeaning(space, vector, null);
    }

    public static QueryMeaning none(String why) {
        return new QueryMeaning(null, null, why);
    }

    public boolean available() {
        return vector != null;
    }
}
