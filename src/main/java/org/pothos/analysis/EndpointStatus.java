package org.pothos.analysis;

import java.time.Instant;

/**
 * Whether an endpoint answers. One that does not is left alone (its jobs wait in the queue, their tries
 * untouched) and asked again at {@code nextProbe}, until it answers.
 *
 * @param reason    why it is not reachable (the connection failure in the server's terms), null when it is
 * @param since     when it stopped answering, null when it is reachable
 * @param nextProbe when it will be asked again, null when it is reachable
 */
public record EndpointStatus(Endpoint endpoint, boolean reachable, String reason, Instant since, Instant nextProbe) {

    static EndpointStatus reachable(Endpoint endpoint) {
        return new EndpointStatus(endpoint, true, null, null, null);
    }
}
