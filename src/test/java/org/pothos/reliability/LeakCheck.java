package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a piece of work leaves behind: threads that were not alive before it, and TCP connections to
 * a port left established or half-closed.
 *
 * <p>Threads of the JDK's HTTP client are judged apart: that client (in JDK 17) cannot be closed,
 * and ollama4j makes one per call, whose threads end some seconds after a garbage collection finds
 * it unreachable. Waiting for that after every test would be slow, so {@link #assertHttpClientsBounded}
 * checks once, at the end, that they did not pile up. Pothos's own chat client is one per process
 * and its threads ({@code pothos-ollama-http}) live as long as the process.
 */
final class LeakCheck {

    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Set<String> OPEN_STATES = Set.of("01", "08"); // ESTABLISHED, CLOSE_WAIT
    private static final String HTTP_CLIENT_SELECTOR = "-SelectorManager";

    private final Set<Thread> before;

    private LeakCheck(Set<Thread> before) {
        this.before = before;
    }

    /** Takes the snapshot: every thread alive now may stay. */
    static LeakCheck begin() {
        return new LeakCheck(Thread.getAllStackTraces().keySet());
    }

    /** Fails when threads started since {@link #begin()} are still alive after the settling time. */
    void assertNoNewThreads() {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        try {
            for (Thread thread : newThreads()) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Thread> left = newThreads();
        if (!left.isEmpty()) {
            fail("threads leaked: " + left.stream().map(t -> t.getName() + " (" + t.getState() + ")")
                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Fails when a TCP connection from or to this port on this machine is still established or
     * waits for its owner to close it (Linux, read from /proc; elsewhere this check passes without
     * looking). Call it after the server closed: a pooled connection is closed by its client then,
     * one that nobody owns any more stays.
     */
    void assertNoConnections(int port) {
        List<String> left = await(() -> establishedConnections(port));
        if (!left.isEmpty()) {
            fail("connections to port " + port + " left open: " + left);
        }
    }

    /** Live selector threads of JDK HTTP clients: one per client that has not been stopped. */
    static int httpClients() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("HttpClient-") && t.getName().endsWith(HTTP_CLIENT_SELECTOR))
                .count();
    }

    /** Fails when more JDK HTTP clients stay alive, after a collection, than {@code atMost}. */
    static void assertHttpClientsBounded(int atMost) {
        List<Integer> left = await(() -> httpClients() > atMost ? List.of(httpClients()) : List.of());
        if (!left.isEmpty()) {
            fail(left.get(0) + " HTTP clients still running, at most " + atMost + " expected");
        }
    }

    private List<Thread> newThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t))
                .filter(t -> !t.getName().startsWith("HttpClient-") && !t.getName().startsWith("pothos-ollama-http"))
                .toList();
    }

    /**
     * Polls until nothing is left or the settling time is over: sockets and collected HTTP clients
     * give no signal to wait on, and a collection is what lets a dropped client's thread end.
     */
    private static <T> List<T> await(Supplier<List<T>> leftovers) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<T> left = leftovers.get();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            left = leftovers.get();
        }
        return left;
    }

    /** Lines of /proc/net/tcp and tcp6 whose local or remote port is {@code port}, in state ESTABLISHED. */
    static List<String> establishedConnections(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        return Stream.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"))
                .filter(Files::isReadable)
                .flatMap(LeakCheck::lines)
                .map(String::strip)
                .filter(line -> {
                    String[] fields = line.split("\\s+");
                    return fields.length > 3 && OPEN_STATES.contains(fields[3])
                            && (fields[1].endsWith(hexPort) || fields[2].endsWith(hexPort));
                })
                .toList();
    }

    private static Stream<String> lines(Path table) {
        try {
            return Files.readAllLines(table).stream().skip(1);
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
