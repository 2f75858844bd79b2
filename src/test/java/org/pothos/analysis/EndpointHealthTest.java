package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pothos.ollama.OllamaVisionClient;
import org.pothos.simulation.SimulatedOllama;

/**
 * Whether a broken request costs a try: only when the server answers and did not go away while the request
 * ran. Ollama restarted within a second must not charge the requests its stop broke.
 */
class EndpointHealthTest {

    private SimulatedOllama server = SimulatedOllama.start();
    private final CountDownLatch answersAgain = new CountDownLatch(1);
    private final EndpointHealth health = new EndpointHealth(new OllamaVisionClient(Clock.systemUTC()), Clock.systemUTC(),
            new AnalysisListener() {
                @Override
                public void onEndpoint(EndpointStatus status) {
                    if (status.reachable()) {
                        answersAgain.countDown();
                    }
                }
            }, () -> { });
    private final Endpoint endpoint = new Endpoint(1, "local", server.baseUrl(), true, true, 2, null, null);

    @AfterEach
    void tearDown() {
        health.close();
        server.close();
    }

    @Test
    void aRequestBrokenByAnOutageCostsNoTryEvenWhenTheServerIsBackBeforeItIsRecorded() throws Exception {
        long beforeRequest = health.outages(endpoint.id());
        int port = server.port();
        server.close();

        assertFalse(health.confirmReachable(endpoint, "closed the connection without answering", beforeRequest),
                "a stopped server is not reachable");
        assertFalse(health.isReachable(endpoint.id()));
        server = SimulatedOllama.startOn(port);
        health.probeNow();
        health.probeDue();
        assertTrue(answersAgain.await(30, TimeUnit.SECONDS), "the probe finds the server back");

        assertFalse(health.confirmReachable(endpoint, "connection refused", beforeRequest),
                "a request that began before the outage broke in it, though the server answers by now");
        assertTrue(health.isReachable(endpoint.id()), "and the endpoint stays reachable: nothing is probed again");
        assertTrue(health.confirmReachable(endpoint, "closed in the middle of the answer", health.outages(endpoint.id())),
                "a request that began after the outage and broke while the server answers was dropped by the server");
    }
}
