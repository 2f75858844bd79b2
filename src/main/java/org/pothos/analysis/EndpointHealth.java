package org.pothos.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.pothos.common.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which endpoints answer. An endpoint that refuses or drops connections is marked unreachable after the
 * first such failure: nothing more is sent to it, and it is probed (asked for its version) after 1 s, then
 * after waits doubling up to 30 s, until it answers; then it is reachable again and the dispatcher is woken.
 * Every change is told to the listener. Thread-safe.
 */
public final class EndpointHealth implements AutoCloseable {

    static final Duration FIRST_PROBE = Duration.ofSeconds(1);
    static final Duration LONGEST_PROBE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(EndpointHealth.class);

    private final VisionModelClient client;
    private final Clock clock;
    private final AnalysisListener events;
    private final Runnable onReachableAgain;
    private final ExecutorService probes = Executors.newCachedThreadPool(DaemonThreads.named("pothos-endpoint-probe"));
    private final Map<Long, Down> down = new ConcurrentHashMap<>();
    private final Map<Long, Long> outages = new ConcurrentHashMap<>();

    /** An endpoint that does not answer, and when it is asked next. */
    private record Down(EndpointStatus status, Duration delay, boolean probing) {
    }

    /** @param onReachableAgain called when an endpoint answers again (wakes the dispatcher) */
    public EndpointHealth(VisionModelClient client, Clock clock, AnalysisListener events, Runnable onReachableAgain) {
        this.client = client;
        this.clock = clock;
        this.events = events;
        this.onReachableAgain = onReachableAgain;
    }

    public boolean isReachable(long endpointId) {
        return !down.containsKey(endpointId);
    }

    /** The endpoints that do not answer now. */
    public List<EndpointStatus> unreachable() {
        return down.values().stream().map(Down::status).toList();
    }

    /**
     * How many times the endpoint was found unreachable so far. A request that saw fewer broke in an outage
     * even when the server is back by the time it asks (Ollama restarted within the second).
     */
    long outages(long endpointId) {
        return outages.getOrDefault(endpointId, 0L);
    }

    /**
     * Asks the endpoint at once whether it is there, after a request to it broke: false (and marked
     * unreachable) when it cannot be reached, or when it went away while the request ran (it had
     * {@code outagesBefore} outages when the request began), so the job waits instead of using up a try.
     */
    boolean confirmReachable(Endpoint endpoint, String failure, long outagesBefore) {
        if (!isReachable(endpoint.id()) || outages(endpoint.id()) != outagesBefore) {
            return false;
        }
        if (answers(endpoint)) {
            // Asked again after the probe: another request may have found the server gone meanwhile, and the
            // answer came from it started again (Ollama restarted within the probe's milliseconds).
            return outages(endpoint.id()) == outagesBefore;
        }
        markUnreachable(endpoint, failure);
        return false;
    }

    void markUnreachable(Endpoint endpoint, String reason) {
        Instant now = clock.instant();
        Down added = new Down(new EndpointStatus(endpoint, false, reason, now, now.plus(FIRST_PROBE)), FIRST_PROBE, false);
        if (down.putIfAbsent(endpoint.id(), added) == null) {
            outages.merge(endpoint.id(), 1L, Long::sum);
            LOG.warn("Ollama at {} is not reachable ({}): its jobs wait, probing it again from {}", endpoint.url(), reason,
                    FIRST_PROBE);
            events.onEndpoint(added.status());
        }
    }

    /** Starts a probe of each unreachable endpoint whose time has come; called by the dispatcher's loop. */
    void probeDue() {
        Instant now = clock.instant();
        for (Map.Entry<Long, Down> entry : down.entrySet()) {
            Down state = entry.getValue();
            if (!state.probing() && !state.status().nextProbe().isAfter(now)
                    && down.replace(entry.getKey(), state, new Down(state.status(), state.delay(), true))) {
                try {
                    probes.execute(() -> probe(entry.getKey(), state));
                } catch (RejectedExecutionException e) {
                    return; // closing
                }
            }
        }
    }

    /** Makes the next probe of every unreachable endpoint due now (one under way is left to finish). */
    void probeNow() {
        Instant now = clock.instant();
        down.replaceAll((id, state) -> state.probing() ? state : new Down(new EndpointStatus(state.status().endpoint(), false,
                state.status().reason(), state.status().since(), now), state.delay(), false));
    }

    /** The soonest time a probe is due, or null when every endpoint answers. */
    Instant nextProbe() {
        return down.values().stream().map(d -> d.status().nextProbe()).min(Instant::compareTo).orElse(null);
    }

    private void probe(long endpointId, Down state) {
        Endpoint endpoint = state.status().endpoint();
        if (answers(endpoint)) {
            down.remove(endpointId);
            LOG.info("Ollama at {} answers again", endpoint.url());
            events.onEndpoint(EndpointStatus.reachable(endpoint));
            onReachableAgain.run();
            return;
        }
        Duration next = state.delay().multipliedBy(2).compareTo(LONGEST_PROBE) > 0 ? LONGEST_PROBE : state.delay().multipliedBy(2);
        EndpointStatus status = state.status();
        EndpointStatus later = new EndpointStatus(endpoint, false, status.reason(), status.since(), clock.instant().plus(next));
        down.put(endpointId, new Down(later, next, false));
        events.onEndpoint(later);
    }

    /** Any answer at all means the server is there; only a connection that fails means it is not. */
    private boolean answers(Endpoint endpoint) {
        try {
            client.version(endpoint);
            return true;
        } catch (ModelCallException e) {
            return e.kind() != ErrorKind.CONNECTION && e.kind() != ErrorKind.TIMEOUT;
        } catch (RuntimeException e) {
            LOG.warn("probing {} failed", endpoint.url(), e);
            return false;
        }
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
