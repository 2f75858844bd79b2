package org.pothos.imageio;

/**
 * A picture that cannot be decoded in the memory this process has, alone or as the heap stands: a larger heap
 * (or a smaller picture) helps, so it is worth trying again later, unlike a damaged file.
 */
public class DecodeMemoryException extends Exception {

    private static final long MEGABYTE = 1024 * 1024;

    public DecodeMemoryException(long needed, long available) {
        super("too large to decode in the available memory (needs about " + Math.max(1, needed / MEGABYTE) + " MB, "
                + available / MEGABYTE + " MB are set aside for decoding)");
    }

    public DecodeMemoryException(OutOfMemoryError cause) {
        super("too large to decode in the available memory (the heap ran out)", cause);
    }
}
