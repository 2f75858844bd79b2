package org.pothos.bench.search;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.pothos.persistence.Database;
import org.pothos.search.Vectors;

/**
 * An embedding for every item of a synthetic library, shaped like a model's: vectors gather around topics (a few
 * hundred centres) with a spread of their own, unit length, 768 dimensions as nomic-embed-text gives. Written into
 * the library as the application stores them (half precision), and kept in memory for the brute-force baseline.
 */
final class SyntheticEmbeddings {

    static final String MODEL = "nomic-embed-text:latest";
    static final int DIMENSION = 768;
    private static final int TOPICS = 500;
    private static final float SPREAD = 0.6f;
    private static final int CHUNK = 2000;

    private final float[][] vectors;
    private final float[][] topics;
    private final SplittableRandom random = new SplittableRandom(20_240_601);

    SyntheticEmbeddings(int count, PrintStream log) {
        long start = System.nanoTime();
        topics = new float[TOPICS][];
        for (int t = 0; t < TOPICS; t++) {
            topics[t] = Vectors.normalised(gaussian(1f));
        }
        vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = around(topics[random.nextInt(TOPICS)]);
        }
        log.printf("drew %,d embeddings in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    int count() {
        return vectors.length;
    }

    /** Queries near random topics, as searches are near what pictures show. */
    List<float[]> queries(int count) {
        List<float[]> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(around(topics[random.nextInt(TOPICS)]));
        }
        return queries;
    }

    private float[] around(float[] topic) {
        float[] noise = gaussian(SPREAD / (float) Math.sqrt(DIMENSION));
        for (int d = 0; d < DIMENSION; d++) {
            noise[d] += topic[d];
        }
        return Vectors.normalised(noise);
    }

    private float[] gaussian(float sigma) {
        float[] v = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            // Box–Muller.
            double u = 1 - random.nextDouble();
            double w = random.nextDouble();
            v[d] = (float) (sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w));
        }
        return v;
    }

    /** Stores vector i as the embedding of item i + 1 (the synthesizer numbers items from 1) and makes the model the library's. */
    void writeTo(Database database) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < vectors.length; from += CHUNK) {
            int first = from;
            database.withConnection(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO embedding (media_id, model, dimension, vector,"
                        + " text_hash, source_gen, embedded_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
                    for (int i = first; i < Math.min(vectors.length, first + CHUNK); i++) {
                        insert.setLong(1, i + 1);
                        insert.setString(2, MODEL);
                        insert.setInt(3, DIMENSION);
                        insert.setBytes(4, Vectors.toHalfPrecision(vectors[i]));
                        insert.setString(5, "0".repeat(64));
                        insert.setObject(6, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
        database.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("MERGE INTO search_state (name, text_value) KEY (name) VALUES ('embedding.model', '" + MODEL + "')");
            }
            return null;
        });
    }

    /** The ids of the {@code k} vectors nearest to {@code query}: every dot product, a bounded heap. */
    List<Long> bruteForce(float[] query, int k) {
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(e -> e[0]));
        for (int i = 0; i < vectors.length; i++) {
            double score = Vectors.dot(query, vectors[i]);
            if (best.size() < k) {
                best.add(new double[] {score, i + 1});
            } else if (score > best.peek()[0]) {
                best.poll();
                best.add(new double[] {score, i + 1});
            }
        }
        List<double[]> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingDouble((double[] e) -> e[0]).reversed());
        return sorted.stream().map(e -> (long) e[1]).toList();
    }
}
