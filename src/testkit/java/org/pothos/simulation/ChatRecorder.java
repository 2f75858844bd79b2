package org.pothos.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What the server received, with gauges of chat requests in flight and held by faults, and waits on them. */
final class ChatRecorder {

    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> perModel = new ConcurrentHashMap<>();
    /** How long the server spent on each chat, from the first byte read to the last written. */
    private final List<Long> handlingNanos = new CopyOnWriteArrayList<>();
    /** Size of each chat request body as it arrived. */
    private final List<Long> bodySizes = new CopyOnWriteArrayList<>();
    private final Object monitor = new Object();
    private int inFlight;
    private int maxInFlight;
    private int held;

    void received(ChatRequest request) {
        requests.add(request);
        perModel.merge(request.model(), 1, Integer::sum);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    void started() {
        synchronized (monitor) {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            monitor.notifyAll();
        }
    }

    void finished() {
        synchronized (monitor) {
            inFlight--;
            monitor.notifyAll();
        }
    }

    /** A request started or stopped waiting for release in a HANG or STALL fault. */
    void held(boolean waiting) {
        synchronized (monitor) {
            held += waiting ? 1 : -1;
            monitor.notifyAll();
        }
    }

    int held() {
        synchronized (monitor) {
            return held;
        }
    }

    void bodyRead(long bytes) {
        bodySizes.add(bytes);
    }

    List<Long> bodySizes() {
        return List.copyOf(bodySizes);
    }

    void handled(long nanos) {
        handlingNanos.add(nanos);
    }

    List<Long> handlingNanos() {
        return List.copyOf(handlingNanos);
    }

    List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    int count(String model) {
        return perModel.getOrDefault(model, 0);
    }

    int inFlight() {
        synchronized (monitor) {
            return inFlight;
        }
    }

    int maxInFlight() {
        synchronized (monitor) {
            return maxInFlight;
        }
    }

    /** Waits until the condition holds, re-checking on every change; false on timeout. */
    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return true;
        }
    }
}
