package org.pothos.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ByteLruCacheTest {

    @Test
    void evictsLeastRecentlyUsedOnceOverTheByteBudget() {
        ByteLruCache cache = new ByteLruCache(100);
        cache.put("a", new byte[40]);
        cache.put("b", new byte[40]);
        cache.get("a");                  // a is now more recent than b

        cache.put("c", new byte[40]);

        assertNull(cache.get("b"));
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertEquals(80, cache.totalBytes());
    }

    @Test
    void evictsAsManyEntriesAsNeeded() {
        ByteLruCache cache = new ByteLruCache(100);
        for (int i = 0; i < 10; i++) {
            cache.put("small" + i, new byte[10]);
        }

        cache.put("big", new byte[95]);

        assertEquals(1, cache.size());
        assertEquals(95, cache.totalBytes());
    }

    @Test
    void replacingAnEntryCountsOnlyTheNewValue() {
        ByteLruCache cache = new ByteLruCache(100);
        cache.put("a", new byte[60]);

        cache.put("a", new byte[30]);

        assertEquals(30, cache.totalBytes());
        assertEquals(30, cache.get("a").length);
    }

    @Test
    void neverStoresAnEntryLargerThanTheBudget() {
        ByteLruCache cache = new ByteLruCache(100);
        cache.put("a", new byte[50]);

        cache.put("a", new byte[101]);

        assertNull(cache.get("a"));
        assertEquals(0, cache.totalBytes());
    }
}
