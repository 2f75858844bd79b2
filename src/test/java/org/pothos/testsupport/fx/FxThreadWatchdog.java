package org.pothos.testsupport.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Watches the JavaFX thread while a test runs. Two things are measured: how long a tiny task
 * posted to the FX thread waits before it runs (a blocked FX thread shows as a long wait), and
 * what the FX thread is doing, sampled every few milliseconds: a stack that reaches the database,
 * the file system or the network is recorded as a violation, however short it was.
 */
public final class FxThreadWatchdog implements AutoCloseable {

    private static final String[] FORBIDDEN = {
            "org.pothos.persistence.", "org.h2.", "org.hibernate.", "com.zaxxer.hikari.",
            "java.net.http.", "sun.net.www.protocol.http.", "java.net.Socket", "sun.nio.fs.UnixNativeDispatcher", "sun.nio.ch.FileChannelImpl",
            "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.RandomAccessFile",
            "javax.imageio.ImageIO"
    };

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final AtomicLong maxWaitNanos = new AtomicLong();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Thread fxThread;
    private static final long MAX_SAMPLE_GAP_NANOS = 20_000_000L;
    private long lastSample = System.nanoTime();
    private int starvedSamples;
    private volatile long lastProbeRan = System.nanoTime();
    /** Start of the FX thread's current busy stretch (not waiting for events), or -1 while idle. */
    private long busySince = -1;
    private final AtomicLong longestBusyNanos = new AtomicLong();
    private long ownCodeSince = -1;
    private final AtomicLong longestOwnCodeNanos = new AtomicLong();
    private volatile String longestOwnCodeStack = "";
    private final java.util.Map<String, Integer> busyWhere = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String longestBusyStack = "";
    private final List<String> slowStacks = java.util.Collections.synchronizedList(new ArrayList<>());

    public FxThreadWatchdog() {
        Platform.runLater(() -> fxThread = Thread.currentThread());
        scheduler.scheduleAtFixedRate(this::probe, 0, 10, TimeUnit.MILLISECONDS);
        scheduler.scheduleAtFixedRate(this::sample, 0, 3, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            long now = System.nanoTime();
            lastProbeRan = now;
            maxWaitNanos.accumulateAndGet(now - posted, Math::max);
        });
    }

    private void sample() {
        Thread fx = fxThread;
        if (fx == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastSample > MAX_SAMPLE_GAP_NANOS) {
            // This thread was itself kept off the CPU: what the FX thread did meanwhile is unknown,
            // so a stretch is only measured over densely sampled time.
            busySince = -1;
            ownCodeSince = -1;
            starvedSamples++;
        }
        lastSample = now;
        StackTraceElement[] stack = fx.getStackTrace();
        trackBusy(fx, stack);
        if (System.nanoTime() - lastProbeRan > 50_000_000L && slowStacks.size() < 30) {
            // The FX thread is busy with something long: keep what it is doing, to say where the time goes.
            StringBuilder top = new StringBuilder();
            for (int i = 0; i < Math.min(14, stack.length); i++) {
                top.append("\n    at ").append(stack[i]);
            }
            slowStacks.add(top.toString());
        }
        for (StackTraceElement frame : stack) {
            if (isClassLoading(frame)) {
                return; // the JVM reading a class from a jar the first time it is used is not the application's I/O
            }
        }
        for (StackTraceElement frame : stack) {
            for (String forbidden : FORBIDDEN) {
                if (frame.getClassName().startsWith(forbidden)) {
                    violations.add(frame + " reached from " + firstPothosFrame(stack));
                    return;
                }
            }
        }
    }

    /** The FX thread is idle when it waits in its event loop; anything else is work for the UI. */
    private void trackBusy(Thread fx, StackTraceElement[] stack) {
        boolean idle = fx.getState() == Thread.State.WAITING || fx.getState() == Thread.State.TIMED_WAITING
                || (stack.length > 0 && stack[0].getMethodName().equals("wait"));
        long now = System.nanoTime();
        trackOwnCode(idle, stack, now);
        if (idle) {
            busySince = -1;
            return;
        }
        if (busySince < 0) {
            busySince = now;
        }
        busyWhere.merge(where(stack), 1, Integer::sum);
        long stretch = now - busySince;
        if (stretch > longestBusyNanos.get()) {
            longestBusyNanos.set(stretch);
            StringBuilder top = new StringBuilder();
            for (int i = 0; i < Math.min(12, stack.length); i++) {
                top.append("\n    at ").append(stack[i]);
            }
            longestBusyStack = top.toString();
        }
    }

    /**
     * Stretches in which the FX thread runs Pothos code without a break (as opposed to the
     * toolkit's own layout and rendering pulses, which software rendering makes slow).
     */
    private void trackOwnCode(boolean idle, StackTraceElement[] stack, long now) {
        String own = idle ? null : ownFrame(stack);
        if (own == null) {
            ownCodeSince = -1;
            return;
        }
        if (ownCodeSince < 0) {
            ownCodeSince = now;
        }
        long stretch = now - ownCodeSince;
        if (stretch > longestOwnCodeNanos.get()) {
            longestOwnCodeNanos.set(stretch);
            longestOwnCodeStack = own;
        }
    }

    private static String ownFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.pothos.") && !frame.getClassName().startsWith("org.pothos.testsupport.")) {
                return frame.toString();
            }
        }
        return null;
    }

    /** How often the sampler itself did not get the CPU for more than 20 ms (a loaded machine). */
    public int starvedSamples() {
        return starvedSamples;
    }

    /** The longest time the FX thread ran Pothos code without a break, in milliseconds. */
    public double longestOwnCodeMillis() {
        return longestOwnCodeNanos.get() / 1e6;
    }

    public String longestOwnCodeFrame() {
        return longestOwnCodeStack;
    }

    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.pothos.")) {
                return frame.getClassName() + "." + frame.getMethodName();
            }
        }
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("javafx.scene.Scene$ScenePulseListener")
                    || frame.getClassName().startsWith("com.sun.javafx.tk.quantum.PaintCollector")) {
                return frame.getClassName() + "." + frame.getMethodName();
            }
        }
        return stack.length == 0 ? "?" : stack[Math.min(stack.length - 1, 6)].toString();
    }

    /** Where the FX thread's busy samples were, most frequent first. */
    public String busyProfile() {
        StringBuilder out = new StringBuilder();
        busyWhere.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> out.append("\n  ").append(e.getValue()).append("  ").append(e.getKey()));
        return out.toString();
    }

    /** The longest time the FX thread was seen working without going back to its event loop, in milliseconds. */
    public double longestBusyMillis() {
        return longestBusyNanos.get() / 1e6;
    }

    /** What the FX thread was doing at the end of its longest busy stretch. */
    public String longestBusyStack() {
        return longestBusyStack;
    }

    private static boolean isClassLoading(StackTraceElement frame) {
        return frame.getClassName().startsWith("jdk.internal.loader.") || frame.getClassName().equals("java.lang.ClassLoader");
    }

    private static String firstPothosFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.pothos.")) {
                return frame.toString();
            }
        }
        return "outside Pothos";
    }

    /** The longest time a task waited for the FX thread, in milliseconds. */
    public double maxWaitMillis() {
        return maxWaitNanos.get() / 1e6;
    }

    /** What the FX thread was doing while it kept tasks waiting for more than 50 ms. */
    public List<String> slowStacks() {
        return List.copyOf(slowStacks);
    }

    /** Moments the FX thread was seen doing database, file or network work. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
