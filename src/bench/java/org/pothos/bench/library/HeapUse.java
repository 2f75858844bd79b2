package org.pothos.bench.library;

import java.lang.management.ManagementFactory;

/** The heap a program really holds: used heap after garbage collection. */
public final class HeapUse {

    private HeapUse() {
    }

    /** Used heap in MB after asking for a few full collections. */
    public static double afterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }
}
