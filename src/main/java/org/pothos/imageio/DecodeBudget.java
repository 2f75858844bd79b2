package org.pothos.imageio;

import java.io.InterruptedIOException;

/**
 * Memory for decoding pictures, shared by every decode in the process (thumbnails, previews, analysis uploads):
 * each decode asks for its estimated size before it starts and waits while others use the budget, so decodes
 * running at once never need more than a share of the heap together. One that needs more than the whole budget
 * is refused at once with its reason rather than ending in an {@link OutOfMemoryError}. Thread-safe.
 */
public final class DecodeBudget {

    /** The share of the heap pictures may take while they decode; the rest is the application's. */
    static final double HEAP_SHARE = 0.5;
    private static final long MEGABYTE = 1024 * 1024;

    private static final DecodeBudget PROCESS = new DecodeBudget(
            Math.max(32 * MEGABYTE, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE)));

    private final long capacity;
    private long available;
    /** Decodes wait in turn, so that a large one is not passed for ever by small ones. */
    private final java.util.ArrayDeque<Object> queue = new java.util.ArrayDeque<>();

    public DecodeBudget(long capacityBytes) {
        this.capacity = capacityBytes;
        this.available = capacityBytes;
    }

    /** The budget of this process, from its maximum heap. */
    public static DecodeBudget forThisProcess() {
        return PROCESS;
    }

    public long capacity() {
        return capacity;
    }

    /** Memory set aside for one decode; closing it gives the memory back. */
    public final class Permit implements AutoCloseable {
        private final long bytes;
        private boolean closed;

        private Permit(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            synchronized (DecodeBudget.this) {
                if (!closed) {
                    closed = true;
                    available += bytes;
                    DecodeBudget.this.notifyAll();
                }
            }
        }
    }

    /**
     * Waits until {@code bytes} are free and sets them aside.
     *
     * @throws DecodeMemoryException  when the decode needs more than the whole budget
     * @throws InterruptedIOException when the waiting thread is interrupted (a cancelled job)
     */
    public Permit admit(long bytes) throws DecodeMemoryException, InterruptedIOException {
        if (bytes > capacity) {
            throw new DecodeMemoryException(bytes, capacity);
        }
        Object turn = new Object();
        synchronized (this) {
            queue.add(turn);
            while (queue.peek() != turn || available < bytes) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    queue.remove(turn);
                    notifyAll();
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for memory to decode a picture");
                }
            }
            queue.poll();
            available -= bytes;
            notifyAll();
            return new Permit(bytes);
        }
    }
}
