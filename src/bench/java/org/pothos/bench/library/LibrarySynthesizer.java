package org.pothos.bench.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.pothos.persistence.Database;

/**
 * Fills an empty library with synthetic items: no files behind them, but the rows, labels and
 * texts a real library of that size has. Written with JDBC batches (entities would take minutes
 * for 100,000 items and a million tag links), in chunks of one transaction each.
 */
public final class LibrarySynthesizer {

    private static final int CHUNK = 5000;
    private static final String MODEL_SOURCE = "ai:llava:7b";
    private static final LocalDateTime FIRST_SHOT = LocalDateTime.of(2010, 1, 1, 0, 0);
    private static final long SHOOTING_SECONDS = 15L * 365 * 24 * 3600;
    private static final Instant FIRST_IMPORT = Instant.parse("2024-01-01T00:00:00Z");

    private final LibraryShape shape;
    private final List<String> tagNames;
    private final List<String> categoryNames;
    private final ZipfSampler tagRanks;
    private final ZipfSampler categoryRanks;

    public LibrarySynthesizer(LibraryShape shape) {
        this.shape = shape;
        this.tagNames = Vocabulary.tagNames(shape.tags());
        this.categoryNames = Vocabulary.categoryNames(shape.categories());
        this.tagRanks = new ZipfSampler(shape.tags(), LibraryShape.ZIPF_EXPONENT);
        this.categoryRanks = new ZipfSampler(shape.categories(), LibraryShape.ZIPF_EXPONENT);
    }

    /** Writes the whole library into {@code database}, which must hold no items yet. */
    public void writeTo(Database database) throws SQLException {
        database.withConnection(c -> {
            insertLabels(c, "tag", tagNames);
            insertLabels(c, "category", categoryNames);
            return null;
        });
        SplittableRandom random = new SplittableRandom(shape.seed());
        for (int from = 1; from <= shape.items(); from += CHUNK) {
            int first = from;
            int last = Math.min(shape.items(), from + CHUNK - 1);
            SplittableRandom chunkRandom = random.split();
            database.withConnection(c -> {
                insertItems(c, first, last, chunkRandom);
                return null;
            });
        }
        database.withConnection(c -> {
            // Hibernate's pooled ids must start above what was written here.
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SEQUENCE media_item_seq RESTART WITH " + (shape.items() + 100));
                s.execute("ALTER SEQUENCE tag_seq RESTART WITH " + (shape.tags() + 100));
                s.execute("ALTER SEQUENCE category_seq RESTART WITH " + (shape.categories() + 100));
            }
            return null;
        });
    }

    /** The content hash of synthetic item {@code id}: the SHA-256 of its name, so it looks like a real one. */
    public static String contentHash(long id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("synthetic-" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Tag names, most common first (rank 0 is on the most items). */
    public List<String> tagNames() {
        return tagNames;
    }

    /** Category names, most common first. */
    public List<String> categoryNames() {
        return categoryNames;
    }

    private static void insertLabels(Connection c, String table, List<String> names) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (id, name, norm_name) VALUES (?, ?, ?)")) {
            for (int i = 0; i < names.size(); i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, names.get(i));
                insert.setString(3, names.get(i).toLowerCase(java.util.Locale.ROOT));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertItems(Connection c, int first, int last, SplittableRandom random) throws SQLException {
        try (PreparedStatement item = c.prepareStatement("INSERT INTO media_item (id, path, file_name, content_hash,"
                + " size_bytes, file_modified_at, format, width, height, orientation, taken_at, camera_make, camera_model,"
                + " title, title_source, description, description_source, rating, favourite, availability, imported_at,"
                + " updated_at, analysed_at, thumbnail_state, version, search_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'JPEG', ?, ?, 1, ?, 'Camera Maker', 'Model X', ?, ?, ?, ?, ?, ?, 'PRESENT', ?, ?, ?,"
                + " 'READY', 0, ?)");
             PreparedStatement tag = c.prepareStatement("INSERT INTO media_tag (media_id, tag_id, source, added_at) VALUES (?, ?, ?, ?)");
             PreparedStatement category = c.prepareStatement(
                     "INSERT INTO media_category (media_id, category_id, source, added_at) VALUES (?, ?, ?, ?)")) {
            for (long id = first; id <= last; id++) {
                SyntheticItem s = SyntheticItem.draw(id, random, tagRanks, categoryRanks, shape, tagNames);
                OffsetDateTime imported = FIRST_IMPORT.plusSeconds(id * 60).atOffset(ZoneOffset.UTC);
                LocalDateTime taken = s.undated() ? null : FIRST_SHOT.plusSeconds(random.nextLong(SHOOTING_SECONDS));
                item.setLong(1, id);
                item.setString(2, "/photos/" + s.folder() + "/" + s.fileName());
                item.setString(3, s.fileName());
                item.setString(4, contentHash(id));
                item.setLong(5, 2_000_000 + random.nextInt(4_000_000));
                item.setObject(6, imported);
                item.setInt(7, 4000);
                item.setInt(8, 3000);
                item.setTimestamp(9, taken == null ? null : Timestamp.valueOf(taken));
                item.setString(10, s.title());
                item.setString(11, s.title() == null ? null : MODEL_SOURCE);
                item.setString(12, s.description());
                item.setString(13, s.description() == null ? null : MODEL_SOURCE);
                item.setInt(14, s.rating());
                item.setBoolean(15, s.favourite());
                item.setObject(16, imported);
                item.setObject(17, imported);
                item.setObject(18, s.title() == null ? null : imported);
                item.setString(19, searchText(s));
                item.addBatch();
                for (int rank : s.tagRanks()) {
                    link(tag, id, rank + 1, imported);
                }
                for (int rank : s.categoryRanks()) {
                    link(category, id, rank + 1, imported);
                }
            }
            item.executeBatch();
            tag.executeBatch();
            category.executeBatch();
        }
    }

    /**
     * The search text the application keeps for an item, written with the row: filling it by an update
     * afterwards would rewrite every page of the table and leave the database compacting for a while.
     */
    private String searchText(SyntheticItem s) {
        java.util.StringJoiner text = new java.util.StringJoiner("\n");
        for (String part : new String[] {s.title(), s.description(), s.fileName()}) {
            if (part != null) {
                text.add(part);
            }
        }
        for (int rank : s.tagRanks()) {
            text.add(tagNames.get(rank));
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static void link(PreparedStatement insert, long mediaId, long labelId, OffsetDateTime at) throws SQLException {
        insert.setLong(1, mediaId);
        insert.setLong(2, labelId);
        insert.setString(3, MODEL_SOURCE);
        insert.setObject(4, at);
        insert.addBatch();
    }
}
