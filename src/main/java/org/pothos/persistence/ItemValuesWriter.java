package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pothos.library.ItemValues;
import org.pothos.library.ItemValues.LabelState;
import org.pothos.library.ItemValues.Text;
import org.pothos.library.LabelNames;
import org.pothos.library.Source;

/**
 * Assigns edited values to many items inside one unit of work and records what each changed part was
 * before. Writes are set-wise: items that get the same value are updated by one statement, and each label is
 * looked up once and its links read once across all the items, so tagging thousands of items costs a few
 * statements per chunk, not a few per item.
 */
final class ItemValuesWriter {

    private final EntityManager em;
    private final Instant now;
    private final Map<Long, Row> rows;
    private final Map<Long, Before> before = new LinkedHashMap<>();
    private final Set<Long> searchTextChanged = new HashSet<>();
    /** Field updates to make: the assignment with its values, to the items that get it. */
    private final Map<Assignment, List<Long>> updates = new LinkedHashMap<>();

    /** The stored values an edit can change, read without loading entities. */
    private record Row(long id, String title, String titleSource, String description, String descriptionSource, int rating,
                       boolean favourite) {
    }

    /** A JPQL {@code set} clause over {@code m} with its parameters {@code :p0, :p1, …}. */
    private record Assignment(String clause, List<Object> values) {

        Assignment(String clause, Object... values) {
            this(clause, Arrays.asList(values));
        }

        void execute(EntityManager em, List<Long> ids) {
            Query update = em.createQuery("update MediaItemEntity m set " + clause + " where m.id in :ids");
            for (int i = 0; i < values.size(); i++) {
                update.setParameter("p" + i, values.get(i));
            }
            update.setParameter("ids", ids).executeUpdate();
        }
    }

    ItemValuesWriter(EntityManager em, Instant now, List<ItemValues> values) {
        this.em = em;
        this.now = now;
        List<Long> ids = values.stream().map(ItemValues::id).distinct().toList();
        this.rows = ids.isEmpty() ? Map.of() : em.createQuery("select m.id, m.title, m.titleSource, m.description,"
                        + " m.descriptionSource, m.rating, m.favourite from MediaItemEntity m where m.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Integer) r[5],
                        (Boolean) r[6]))
                .collect(Collectors.toMap(Row::id, Function.identity()));
    }

    /** Writes every assignment (items that no longer exist are skipped) and returns the before-images. */
    List<ItemValues> assign(List<ItemValues> values) {
        List<ItemValues> known = values.stream().filter(v -> rows.containsKey(v.id())).toList();
        known.forEach(this::assignFields);
        updates.forEach((assignment, ids) -> assignment.execute(em, ids));
        assignLabels(known);
        if (!before.isEmpty()) {
            new Assignment("m.updatedAt = :p0, m.version = m.version + 1", now).execute(em, List.copyOf(before.keySet()));
        }
        SearchText.refresh(em, searchTextChanged);
        return before.values().stream().map(Before::values).toList();
    }

    private void assignFields(ItemValues v) {
        Row row = rows.get(v.id());
        if (v.title() != null && !sameText(row.title, row.titleSource, v.title())) {
            beforeOf(row.id).title = new Text(row.title, Source.decode(row.titleSource));
            updateText("title", v.title(), row.id);
        }
        if (v.description() != null && !sameText(row.description, row.descriptionSource, v.description())) {
            beforeOf(row.id).description = new Text(row.description, Source.decode(row.descriptionSource));
            updateText("description", v.description(), row.id);
        }
        if (v.rating() != null && v.rating() != row.rating) {
            beforeOf(row.id).rating = row.rating;
            update(new Assignment("m.rating = :p0", v.rating()), row.id);
        }
        if (v.favourite() != null && v.favourite() != row.favourite) {
            beforeOf(row.id).favourite = row.favourite;
            update(new Assignment("m.favourite = :p0", v.favourite()), row.id);
        }
    }

    private void updateText(String field, Text text, long id) {
        update(new Assignment("m." + field + " = :p0, m." + field + "Source = :p1", text.value(),
                text.source() == null ? null : text.source().encode()), id);
        searchTextChanged.add(id);
    }

    private void update(Assignment assignment, long id) {
        updates.computeIfAbsent(assignment, k -> new ArrayList<>()).add(id);
    }

    /** Groups the label assignments by label, so each label is looked up and its links read once. */
    private void assignLabels(List<ItemValues> values) {
        Map<String, Map<Long, LabelState>> byLabel = new LinkedHashMap<>();
        for (ItemValues v : values) {
            for (LabelState state : v.labels()) {
                byLabel.computeIfAbsent(state.kind() + ":" + LabelNames.normalise(state.name()), k -> new LinkedHashMap<>())
                        .put(v.id(), state);
            }
        }
        byLabel.values().forEach(this::assignLabel);
    }

    private void assignLabel(Map<Long, LabelState> wanted) {
        LabelState any = wanted.values().iterator().next();
        LabelTable table = LabelTable.of(any.kind());
        boolean anyPresent = wanted.values().stream().anyMatch(LabelState::present);
        // Removing a label nobody has must not create it.
        LabelEntity label = anyPresent ? LabelWriter.named(em, table, any.name()) : LabelWriter.existing(em, table, any.name());
        if (label == null) {
            return;
        }
        Map<Long, String> current = em.createQuery("select l.mediaId, l.source from " + table.linkEntity
                        + " l where l.labelId = :n and l.mediaId in :ids", Object[].class)
                .setParameter("n", label.id())
                .setParameter("ids", wanted.keySet())
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Map<String, List<Long>> toSource = new LinkedHashMap<>();
        wanted.forEach((id, state) -> {
            Source was = current.containsKey(id) ? Source.decode(current.get(id)) : null;
            if (Objects.equals(was, state.source())) {
                return;
            }
            beforeOf(id).labels.add(new LabelState(state.kind(), label.name, was));
            if (state.source() != null && was == null) {
                LabelLinkEntity added = table.newLink(id, label.id());
                added.source = state.source().encode();
                added.addedAt = now;
                em.persist(added);
            } else {
                toSource.computeIfAbsent(state.source() == null ? null : state.source().encode(), k -> new ArrayList<>()).add(id);
            }
            // Tags and categories are both searchable.
            searchTextChanged.add(id);
        });
        toSource.forEach((source, ids) -> (source == null
                ? em.createQuery("delete from " + table.linkEntity + " l where l.labelId = :n and l.mediaId in :ids")
                : em.createQuery("update " + table.linkEntity + " l set l.source = :s where l.labelId = :n and l.mediaId in :ids")
                        .setParameter("s", source))
                .setParameter("n", label.id())
                .setParameter("ids", ids)
                .executeUpdate());
    }

    private Before beforeOf(long id) {
        return before.computeIfAbsent(id, Before::new);
    }

    private static boolean sameText(String value, String source, Text wanted) {
        return Objects.equals(value, wanted.value()) && (value == null || Source.decode(source).equals(wanted.source()));
    }

    /** The before-image of one item, filled as its parts change. */
    private static final class Before {
        final long id;
        Text title;
        Text description;
        Integer rating;
        Boolean favourite;
        final List<LabelState> labels = new ArrayList<>();

        Before(long id) {
            this.id = id;
        }

        ItemValues values() {
            return new ItemValues(id, title, description, rating, favourite, labels);
        }
    }
}
