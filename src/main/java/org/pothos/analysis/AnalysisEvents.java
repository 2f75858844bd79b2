package org.pothos.analysis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands every engine event to every listener; a listener that throws does not stop the others. */
public final class AnalysisEvents implements AnalysisListener {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisEvents.class);

    private final List<AnalysisListener> listeners = new CopyOnWriteArrayList<>();

    public void add(AnalysisListener listener) {
        listeners.add(listener);
    }

    public void remove(AnalysisListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onJob(JobEvent event) {
        each(l -> l.onJob(event));
    }

    @Override
    public void onBatch(BatchProgress progress) {
        each(l -> l.onBatch(progress));
    }

    @Override
    public void onEndpoint(EndpointStatus status) {
        each(l -> l.onEndpoint(status));
    }

    private void each(java.util.function.Consumer<AnalysisListener> call) {
        for (AnalysisListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("analysis listener failed", e);
            }
        }
    }
}
