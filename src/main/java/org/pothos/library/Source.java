package org.pothos.library;

import java.util.Objects;

/**
 * Who wrote a value: the user, a vision model (named), or the picture's files (XMP, IPTC or EXIF another program
 * wrote). AI never overwrites what the user or the files said, so every title, description, tag and category
 * remembers its source.
 */
public record Source(Kind kind, String model) {

    public enum Kind { USER, AI, FILE }

    public static final Source USER = new Source(Kind.USER, null);
    public static final Source FILE = new Source(Kind.FILE, null);

    public Source {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.AI && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("an AI source names its model");
        }
        if (kind != Kind.AI) {
            model = null;
        }
    }

    public static Source ai(String model) {
        return new Source(Kind.AI, model);
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }

    public boolean isAi() {
        return kind == Kind.AI;
    }

    /** Stored form: {@code user}, {@code file} or {@code ai:<model>}. */
    public String encode() {
        return switch (kind) {
            case USER -> "user";
            case FILE -> "file";
            case AI -> "ai:" + model;
        };
    }

    public static Source decode(String stored) {
        if (stored == null || stored.equals("user")) {
            return USER;
        }
        if (stored.equals("file")) {
            return FILE;
        }
        if (stored.startsWith("ai:")) {
            return ai(stored.substring(3));
        }
        throw new IllegalArgumentException("unknown source: " + stored);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case USER -> "you";
            case FILE -> "file";
            case AI -> model;
        };
    }
}
