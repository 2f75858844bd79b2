package org.pothos.ui.settings;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes: values are picked, never typed. */
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
