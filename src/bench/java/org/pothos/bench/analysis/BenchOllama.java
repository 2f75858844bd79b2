package org.pothos.bench.analysis;

import java.time.Duration;
import org.pothos.simulation.SimulatedOllama;

/** The in-process Ollama server the benchmark talks to: one vision model, a fixed answer and latency. */
public final class BenchOllama {

    public static final String MODEL = "llava:7b";
    private static final String ANSWER = "{\"title\":\"Harbour at dusk\",\"description\":\"Fishing boats moored in a calm"
            + " harbour under an orange evening sky.\",\"tags\":[\"boat\",\"harbour\",\"sunset\"],\"categories\":[\"Travel\"]}";

    private BenchOllama() {
    }

    /** Requests are counted and timed but their images not kept, so long batches use flat memory. */
    public static SimulatedOllama start(Duration latency) {
        return SimulatedOllama.start().withVisionModel(MODEL).latency(latency).answer(ANSWER).keepContent(false);
    }
}
