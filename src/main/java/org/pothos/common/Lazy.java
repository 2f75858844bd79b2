package org.pothos.common;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first: services that a command may never need are not
 * built when the library opens.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = factory.get();
                    value = current;
                }
            }
        }
        return current;
    }

    /** The value if it was made, without making it (to close only what was opened). */
    public Optional<T> ifMade() {
        return Optional.ofNullable(value);
    }
}
