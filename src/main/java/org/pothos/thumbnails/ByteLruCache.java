package org.pothos.thumbnails;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the most recently used byte arrays up to a total size; the least recently used go first. Thread-safe. */
final class ByteLruCache {

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long totalBytes;

    ByteLruCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, byte[] value) {
        byte[] previous = entries.remove(key);
        if (previous != null) {
            totalBytes -= previous.length;
        }
        if (value.length > maxBytes) {
            return;
        }
        entries.put(key, value);
        totalBytes += value.length;
        Iterator<Map.Entry<String, byte[]>> eldestFirst = entries.entrySet().iterator();
        while (totalBytes > maxBytes) {
            totalBytes -= eldestFirst.next().getValue().length;
            eldestFirst.remove();
        }
    }

    synchronized long totalBytes() {
        return totalBytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
