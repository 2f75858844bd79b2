package org.pothos.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.Availability;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaTile;
import org.pothos.library.Source;
import org.pothos.library.ThumbnailStatus;

/**
 * Rows of {@code media_item m} read through JDBC into the plain values services hand out: whole items with their
 * labels, or only what a grid tile shows. The one place that knows which column is which field.
 */
final class MediaRows {

    static final String ITEM_COLUMNS = "m.id, m.path, m.file_name, m.content_hash, m.size_bytes, m.file_modified_at,"
            + " m.format, m.width, m.height, m.orientation, m.taken_at, m.camera_make, m.camera_model, m.lens,"
            + " m.gps_latitude, m.gps_longitude, m.title, m.title_source, m.description, m.description_source, m.rating,"
            + " m.favourite, m.availability, m.imported_at, m.updated_at, m.analysed_at, m.thumbnail_state, m.last_error";

    static final String TILE_COLUMNS = "m.id, m.path, m.file_name, m.content_hash, m.title, m.favourite, m.availability,"
            + " m.analysed_at IS NOT NULL, m.taken_at, m.imported_at";

    private MediaRows() {
    }

    /** Reads every row of {@code select} (which selects {@link #ITEM_COLUMNS}) as items with their labels. */
    static List<MediaItem> items(Connection c, PreparedStatement select) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                Object[] row = new Object[28];
                for (int i = 0; i < row.length; i++) {
                    row[i] = switch (i) {
                        case 10 -> r.getObject(i + 1, LocalDateTime.class);
                        case 5, 23, 24, 25 -> r.getObject(i + 1, OffsetDateTime.class);
                        default -> r.getObject(i + 1);
                    };
                }
                rows.add(row);
                ids.add(r.getLong(1));
            }
        }
        Map<Long, List<Label>> tags = labels(c, LabelTable.TAG, ids);
        Map<Long, List<Label>> categories = labels(c, LabelTable.CATEGORY, ids);
        List<MediaItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            items.add(item(row, tags.getOrDefault(id, List.of()), categories.getOrDefault(id, List.of())));
        }
        return items;
    }

    private static MediaItem item(Object[] r, List<Label> tags, List<Label> categories) {
        String title = (String) r[16];
        String description = (String) r[18];
        return new MediaItem(((Number) r[0]).longValue(), Path.of((String) r[1]), (String) r[2], ((String) r[3]).strip(),
                ((Number) r[4]).longValue(), instant(r[5]), ImageFormat.valueOf((String) r[6]), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), localDateTime(r[10]), (String) r[11], (String) r[12],
                (String) r[13], (Double) r[14], (Double) r[15],
                title, title == null ? null : Source.decode((String) r[17]),
                description, description == null ? null : Source.decode((String) r[19]),
                ((Number) r[20]).intValue(), (Boolean) r[21], Availability.valueOf((String) r[22]),
                instant(r[23]), instant(r[24]), instant(r[25]), ThumbnailStatus.valueOf((String) r[26]), (String) r[27],
                tags, categories);
    }

    /** Reads every row of {@code select} (which selects {@link #TILE_COLUMNS}) as tiles. */
    static List<MediaTile> tiles(PreparedStatement select) throws SQLException {
        List<MediaTile> tiles = new ArrayList<>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                tiles.add(new MediaTile(r.getLong(1), Path.of(r.getString(2)), r.getString(3), r.getString(4).strip(),
                        r.getString(5), r.getBoolean(6), Availability.valueOf(r.getString(7)), r.getBoolean(8),
                        r.getObject(9, LocalDateTime.class), instant(r.getObject(10, OffsetDateTime.class))));
            }
        }
        return tiles;
    }

    /** The labels of each of these items, by name. */
    static Map<Long, List<Label>> labels(Connection c, LabelTable table, List<Long> ids) throws SQLException {
        Map<Long, List<Label>> byItem = new HashMap<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("SELECT l.media_id, n.name, l.source FROM " + table.linkTable
                    + " l JOIN " + table.labelTable + " n ON n.id = l." + table.labelColumn + " WHERE l.media_id IN ("
                    + InList.placeholders(chunk) + ") ORDER BY n.norm_name")) {
                InList.bind(s, 1, chunk);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byItem.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                .add(new Label(r.getString(2), Source.decode(r.getString(3))));
                    }
                }
            }
        }
        return byItem;
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((OffsetDateTime) value).toInstant();
    }

    private static LocalDateTime localDateTime(Object value) {
        return (LocalDateTime) value;
    }
}
