package org.pothos.searchindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.pothos.search.IndexDocument;
import org.pothos.search.IndexStatus;
import org.pothos.search.ParsedSearch;
import org.pothos.search.SearchHit;
import org.pothos.search.SearchIndex;
import org.pothos.search.SearchSource;
import org.pothos.search.VectorSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchIndex} over Apache Lucene, in the folder {@code search-index} of the library. All writing happens
 * on one thread of its own: opening, catching up with the changes the database recorded, rebuilding; searches
 * run on the caller's thread against the latest refreshed view.
 *
 * <p>Each commit records, in its user data, the library it belongs to, the format of its fields, the embedding
 * model of its vectors, the last database change it took, and whether it is complete. At opening, an index that
 * is missing, unreadable, of another format, library or model, half rebuilt, or ahead of the database is
 * rebuilt from the database; otherwise it takes the changes recorded since. A search that meets a damaged
 * file starts a rebuild too.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** The index's folder inside the library folder. */
    public static final String FOLDER = "search-index";
    /** Raise when fields or analysis change: an index of another format is rebuilt. */
    static final String FORMAT = "1";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    /**
     * Pothos runs without Java's incubating vector module (it would print a warning at every start, the command line's
     * included); Lucene then tells java.util.logging, on the console, how to enable it. Held here so it is not
     * collected and reset.
     */
    private static final java.util.logging.Logger VECTORIZATION = quiet("org.apache.lucene.internal.vectorization");
    private static final int CHANGE_BATCH = 1000;
    private static final int REBUILD_BATCH = 500;
    private static final int HNSW_CONNECTIONS = 16;
    private static final int HNSW_BEAM = 48;
    private static final String KEY_FORMAT = "pothos.format";
    private static final String KEY_LIBRARY = "pothos.library";
    private static final String KEY_MODEL = "pothos.embeddingModel";
    private static final String KEY_CHANGE = "pothos.change";
    private static final String KEY_COMPLETE = "pothos.complete";

    private final Path folder;
    private final SearchSource source;
    private final TextAnalysis analysis = new TextAnalysis();
    private final LuceneQueries queries;
    private final ExecutorService worker;
    private final List<Consumer<IndexStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean changesQueued = new AtomicBoolean();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile boolean closing;
    private volatile IndexStatus status = IndexStatus.of(IndexStatus.State.OPENING);

    // Written on the worker thread only; searchers is read by any thread.
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private long lastChange;
    private String model;

    public LuceneSearchIndex(Path dataDir, SearchSource source) {
        this.folder = dataDir.resolve(FOLDER);
        this.source = source;
        this.queries = new LuceneQueries(analysis, source::tagAndBelow);
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "pothos-search-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @Override
    public void start() {
        if (started.compareAndSet(false, true)) {
            source.onChanges(this::changesArrived);
            worker.execute(this::open);
        }
    }

    @Override
    public boolean awaitCurrent(Duration timeout) throws InterruptedException {
        start();
        Future<?> caughtUp = worker.submit(this::applyChanges);
        try {
            caughtUp.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.warn("The search index could not take the latest changes", e.getCause());
        } catch (TimeoutException e) {
            return false;
        }
        return status.ready();
    }

    @Override
    public IndexStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(Consumer<IndexStatus> listener) {
        listeners.add(listener);
    }

    @Override
    public void rebuild() {
        start();
        requestRebuild("asked to rebuild");
    }

    @Override
    public void embeddingModelChanged() {
        if (started.get()) {
            requestRebuild("the embedding model changed");
        }
    }

    private void requestRebuild(String reason) {
        if (rebuildQueued.compareAndSet(false, true)) {
            onWorker(() -> {
                rebuildQueued.set(false);
                rebuild(reason);
            });
        }
    }

    /** Runs on the index's thread, unless the index is closing: what is recorded is then taken at the next start. */
    private void onWorker(Runnable task) {
        try {
            worker.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("The search index is closing; not started: {}", task);
        }
    }

    // ---- searching ----

    @Override
    public Optional<List<SearchHit>> text(ParsedSearch search) {
        return withSearcher(searcher -> {
            Query query = queries.text(search);
            int count = searcher.count(query);
            return count == 0 ? List.of() : hits(searcher, searcher.search(query, count), false);
        });
    }

    @Override
    public Optional<List<SearchHit>> nearest(VectorSpace space, float[] vector, int k, ParsedSearch filters) {
        return withSearcher(searcher -> {
            Query query = new KnnFloatVectorQuery(space.fieldName(), vector, k, queries.filters(filters));
            return hits(searcher, searcher.search(query, k), true);
        });
    }

    private interface SearcherWork {
        List<SearchHit> apply(IndexSearcher searcher) throws IOException;
    }

    private Optional<List<SearchHit>> withSearcher(SearcherWork work) {
        SearcherManager manager = searchers;
        if (manager == null || !status.ready()) {
            return Optional.empty();
        }
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException | AlreadyClosedException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.apply(searcher));
        } catch (IOException | RuntimeException e) {
            if (e instanceof AlreadyClosedException) {
                return Optional.empty();
            }
            LOG.warn("A search met a damaged index ({}); rebuilding it from the library", e.toString());
            requestRebuild("a search met a damaged index (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        } finally {
            release(manager, searcher);
        }
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException | AlreadyClosedException e) {
            LOG.debug("Releasing a searcher of a closed index", e);
        }
    }

    /**
     * The hits' item ids, read from doc values in document order (one forward pass per segment), returned in rank
     * order. Vector scores are turned back from Lucene's {@code (1 + dot) / 2} into cosine similarity.
     */
    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, boolean vectors) throws IOException {
        ScoreDoc[] byDoc = top.scoreDocs.clone();
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        Map<Integer, Long> ids = new HashMap<>(byDoc.length * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        NumericDocValues values = null;
        LeafReaderContext leaf = null;
        for (ScoreDoc hit : byDoc) {
            int wanted = ReaderUtil.subIndex(hit.doc, leaves);
            if (wanted != leafIndex) {
                leafIndex = wanted;
                leaf = leaves.get(wanted);
                values = leaf.reader().getNumericDocValues(IndexFields.ID_VALUE);
            }
            if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
                ids.put(hit.doc, values.longValue());
            }
        }
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            Long id = ids.get(hit.doc);
            if (id != null) {
                hits.add(new SearchHit(id, vectors ? 2.0 * hit.score - 1.0 : hit.score));
            }
        }
        return hits;
    }

    // ---- keeping in step (worker thread) ----

    private void changesArrived() {
        if (started.get() && !closing && changesQueued.compareAndSet(false, true)) {
            onWorker(() -> {
                changesQueued.set(false);
                applyChanges();
            });
        }
    }

    private void open() {
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                rebuild("there is no index yet");
                return;
            }
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            String reason = reasonToRebuild(commitData(writer));
            if (reason != null) {
                rebuild(reason);
                return;
            }
            searchers = new SearcherManager(writer, null);
            // Touches every segment's files once: a truncated file shows here rather than in the first search.
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.count(org.apache.lucene.search.MatchAllDocsQuery.INSTANCE);
            } finally {
                searchers.release(searcher);
            }
            setStatus(IndexStatus.of(IndexStatus.State.READY));
            LOG.info("Search index opened: {} documents, last change {}", writer.getDocStats().numDocs, lastChange);
            applyChanges();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index cannot be read ({}); rebuilding it from the library", e.toString());
            rebuild("the index cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Map<String, String> commitData(IndexWriter w) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Why the index on disk cannot be trusted, or null when it only needs the changes recorded since. */
    private String reasonToRebuild(Map<String, String> data) {
        model = source.embeddingModel().orElse(null);
        if (!FORMAT.equals(data.get(KEY_FORMAT))) {
            return "the index was made by another version of Pothos";
        }
        if (!source.libraryId().equals(data.get(KEY_LIBRARY))) {
            return "the index belongs to another library";
        }
        if (!"true".equals(data.get(KEY_COMPLETE))) {
            return "the last rebuild did not finish";
        }
        if (!Objects.equals(model, data.get(KEY_MODEL))) {
            return "the embedding model changed";
        }
        lastChange = Long.parseLong(data.getOrDefault(KEY_CHANGE, "0"));
        if (source.changeCounter() < lastChange) {
            return "the library's database is older than the index (restored from a backup?)";
        }
        return null;
    }

    private void rebuild(String reason) {
        if (closing) {
            return;
        }
        long start = System.nanoTime();
        LOG.info("Rebuilding the search index: {}", reason);
        try {
            closeIndex();
            deleteFolderContents();
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            model = source.embeddingModel().orElse(null);
            long total = source.itemCount();
            setStatus(new IndexStatus(IndexStatus.State.REBUILDING, 0, total, reason));
            // Changes recorded from here on are taken after the rebuild, even those the rebuild already read.
            lastChange = source.changeCounter();
            writer.setLiveCommitData(commitUserData(false).entrySet());
            long done = 0;
            long afterId = 0;
            Optional<String> embeddingModel = Optional.ofNullable(model);
            while (!closing) {
                List<IndexDocument> page = source.documentsAfter(afterId, REBUILD_BATCH, embeddingModel);
                if (page.isEmpty()) {
                    break;
                }
                for (IndexDocument doc : page) {
                    writer.addDocument(IndexFields.toDocument(doc));
                }
                afterId = page.get(page.size() - 1).id();
                done += page.size();
                setStatus(new IndexStatus(IndexStatus.State.REBUILDING, done, Math.max(total, done), reason));
            }
            if (closing) {
                return;
            }
            writer.setLiveCommitData(commitUserData(true).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, null);
            setStatus(IndexStatus.of(IndexStatus.State.READY));
            LOG.info("Search index rebuilt: {} documents in {} ms", done, (System.nanoTime() - start) / 1_000_000);
            applyChanges();
        } catch (IOException | RuntimeException e) {
            LOG.error("The search index could not be rebuilt; searching falls back to plain text matching", e);
            setStatus(new IndexStatus(IndexStatus.State.FAILED, 0, 0, String.valueOf(e.getMessage())));
        }
    }

    private Map<String, String> commitUserData(boolean complete) {
        Map<String, String> data = new HashMap<>();
        data.put(KEY_FORMAT, FORMAT);
        data.put(KEY_LIBRARY, source.libraryId());
        data.put(KEY_CHANGE, Long.toString(lastChange));
        data.put(KEY_COMPLETE, Boolean.toString(complete));
        if (model != null) {
            data.put(KEY_MODEL, model);
        }
        return data;
    }

    /**
     * Takes the changes the database recorded: each changed item's document is written again from the database
     * (or dropped, when the item is gone), committed, and only then are the changes forgotten. A crash in between
     * repeats them at the next start, which does no harm.
     */
    private void applyChanges() {
        if (writer == null || !status.ready() || closing) {
            return;
        }
        try {
            if (!Objects.equals(model, source.embeddingModel().orElse(null))) {
                rebuild("the embedding model changed");
                return;
            }
            List<SearchSource.Change> changes;
            do {
                changes = source.pendingChanges(CHANGE_BATCH);
                if (changes.isEmpty()) {
                    return;
                }
                Set<Long> ids = new LinkedHashSet<>();
                changes.forEach(c -> ids.add(c.mediaId()));
                Set<Long> present = new java.util.HashSet<>();
                for (IndexDocument doc : source.documents(ids, Optional.ofNullable(model))) {
                    writer.updateDocument(IndexFields.idTerm(doc.id()), IndexFields.toDocument(doc));
                    present.add(doc.id());
                }
                for (long id : ids) {
                    if (!present.contains(id)) {
                        writer.deleteDocuments(IndexFields.idTerm(id));
                    }
                }
                lastChange = Math.max(lastChange, changes.stream().mapToLong(SearchSource.Change::id).max().orElse(0));
                writer.setLiveCommitData(commitUserData(true).entrySet());
                writer.commit();
                searchers.maybeRefresh();
                source.acknowledge(changes.stream().map(SearchSource.Change::id).toList());
            } while (changes.size() == CHANGE_BATCH && !closing);
        } catch (IOException e) {
            LOG.warn("The search index could not be written ({}); rebuilding it from the library", e.toString());
            rebuild("the index could not be written (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            // The database failed (busy, closing): the changes stay recorded and are taken with the next ones.
            LOG.warn("The search index could not read its changes from the library; trying again with the next ones", e);
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analysis.perField());
        config.setOpenMode(mode);
        config.setCodec(new Lucene104Codec() {
            // Vectors quantised to bytes for the graph search: a quarter of the memory of floats at 100,000 items. A
            // narrower beam than Lucene's default (100) builds the graph in about half the time; at the 60 neighbours
            // search asks for, it still finds 97 % or more of the true 10 nearest (see the benchmark).
            private final KnnVectorsFormat vectors = new Lucene104HnswScalarQuantizedVectorsFormat(HNSW_CONNECTIONS, HNSW_BEAM);

            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        });
        config.setRAMBufferSizeMB(32);
        return config;
    }

    private void deleteFolderContents() throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void setStatus(IndexStatus next) {
        status = next;
        for (Consumer<IndexStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A search index status listener failed", e);
            }
        }
    }

    private void closeIndex() {
        SearcherManager manager = searchers;
        searchers = null;
        try {
            if (manager != null) {
                manager.close();
            }
            if (writer != null) {
                writer.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a damaged search index", e);
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // It is being thrown away.
                }
            }
        } finally {
            writer = null;
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            directory = null;
        }
    }

    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The worker has stopped: closing on this thread cannot race with it.
        closeIndex();
        setStatus(IndexStatus.of(IndexStatus.State.CLOSED));
    }
}
