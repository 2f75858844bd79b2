package org.pothos.library;

import java.util.Objects;

/**
 * Who wrote a value: the user, or a vision model (named). AI never overwrites what the user wrote,
 * so every title, description, tag and category remembers its source.
 */
public record Source(Kind kind, String model) {

    public enum Kind { USER, AI }

    public static final Source USER = new Source(Kind.USER, null);

    public Source {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.AI && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("an AI source names its model");
        }
        if (kind == Kind.USER) {
            model = null;
        }
    }

    public static Source ai(String model) {
        return new Source(Kind.AI, model);
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }

    /** Stored form: {@code user} or {@code ai:<model>}. */
    public String encode() {
        return kind == Kind.USER ? "user" : "ai:" + model;
    }

    public static Source decode(String stored) {
        if (stored == null || stored.equals("user")) {
            return USER;
        }
        if (stored.startsWith("ai:")) {
            return ai(stored.substring(3));
        }
        throw new IllegalArgumentException("unknown source: " + stored);
    }

    @Override
    public String toString() {
        return kind == Kind.USER ? "you" : model;
    }
}
