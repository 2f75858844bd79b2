package org.pothos.simulation;

/** Ollama's rule that a name without a tag means the "latest" tag. */
final class ModelNames {

    private ModelNames() {
    }

    static String canonical(String name) {
        return name.contains(":") ? name : name + ":latest";
    }
}
