package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaItem;
import org.pothos.library.Source;
import org.pothos.review.ReviewItem;
import org.pothos.review.ReviewResult;
import org.pothos.review.ReviewSelection;
import org.pothos.review.ReviewStore;
import org.pothos.review.Suggestion;
import org.pothos.review.SuggestionField;

/** {@link ReviewStore} over Hibernate: each chunk of pictures is decided in one transaction. */
public final class JpaReviewStore implements ReviewStore {

    /** Pictures decided per transaction when a whole selection is accepted or rejected at once. */
    private static final int CHUNK = 200;

    private final Database db;
    private final Clock clock;
    private final LabelWriter labels;

    public JpaReviewStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.labels = new LabelWriter(clock);
    }

    @Override
    public long pendingCount() {
        return db.call(em -> em.createQuery("select count(distinct s.mediaId) from ReviewSuggestionEntity s"
                + " where s.state = 'SUGGESTED'", Long.class).getSingleResult());
    }

    @Override
    public List<Long> pendingIds() {
        return db.call(em -> em.createQuery("select s.mediaId from ReviewSuggestionEntity s where s.state = 'SUGGESTED'"
                        + " group by s.mediaId order by min(s.createdAt), s.mediaId", Long.class)
                .getResultList());
    }

    @Override
    public Optional<ReviewItem> find(long mediaId) {
        return find(List.of(mediaId)).stream().findFirst();
    }

    @Override
    public List<ReviewItem> find(List<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return db.call(em -> {
            List<MediaItemEntity> rows = em.createQuery("select m from MediaItemEntity m where m.id in :ids",
                    MediaItemEntity.class).setParameter("ids", mediaIds).getResultList();
            Map<Long, MediaItem> items = new HashMap<>();
            JpaMediaStore.withLabels(em, rows).forEach(item -> items.put(item.id(), item));
            Map<Long, List<Suggestion>> suggested = byItem(SuggestionRows.of(em, mediaIds, ReviewSuggestionEntity.SUGGESTED));
            Map<Long, List<Suggestion>> rejected = byItem(SuggestionRows.of(em, mediaIds, ReviewSuggestionEntity.REJECTED));
            List<ReviewItem> found = new ArrayList<>();
            for (Long id : mediaIds) {
                MediaItem item = items.get(id);
                if (item != null) {
                    found.add(new ReviewItem(item, suggested.getOrDefault(id, List.of()), rejected.getOrDefault(id, List.of())));
                }
            }
            return found;
        });
    }

    private static Map<Long, List<Suggestion>> byItem(List<ReviewSuggestionEntity> rows) {
        Map<Long, List<Suggestion>> byItem = new HashMap<>();
        for (ReviewSuggestionEntity row : rows) {
            byItem.computeIfAbsent(row.mediaId, k -> new ArrayList<>()).add(toSuggestion(row));
        }
        byItem.values().forEach(list -> list.sort(java.util.Comparator.comparing(Suggestion::field)));
        return byItem;
    }

    private static Suggestion toSuggestion(ReviewSuggestionEntity row) {
        return new Suggestion(SuggestionField.valueOf(row.field), row.textValue, Source.decode(row.source));
    }

    @Override
    public ReviewResult accept(Collection<Long> mediaIds, ReviewSelection selection) {
        return decide(mediaIds, selection, true);
    }

    @Override
    public ReviewResult reject(Collection<Long> mediaIds, ReviewSelection selection) {
        return decide(mediaIds, selection, false);
    }

    private ReviewResult decide(Collection<Long> mediaIds, ReviewSelection selection, boolean accept) {
        if (selection.isEmpty()) {
            throw new IllegalArgumentException("say what to " + (accept ? "accept" : "reject")
                    + ": tags, categories, the title, the description, or all");
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(mediaIds));
        ReviewResult total = ReviewResult.NONE;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            total = total.plus(db.callRetryingConflicts(em -> {
                ReviewResult result = ReviewResult.NONE;
                Instant now = clock.instant();
                for (Long id : chunk) {
                    result = result.plus(decide(em, id, selection, accept, now));
                }
                return result;
            }));
        }
        return total;
    }

    private ReviewResult decide(EntityManager em, long mediaId, ReviewSelection selection, boolean accept, Instant now) {
        MediaItemEntity item = em.find(MediaItemEntity.class, mediaId);
        if (item == null) {
            return new ReviewResult(0, List.of("no item with id " + mediaId));
        }
        List<ReviewSuggestionEntity> pending = SuggestionRows.of(em, List.of(mediaId), ReviewSuggestionEntity.SUGGESTED);
        List<String> notFound = new ArrayList<>();
        int changed = 0;
        for (ReviewSuggestionEntity row : pending) {
            if (selected(row, selection)) {
                if (accept) {
                    apply(em, item, row, now);
                } else {
                    row.state = ReviewSuggestionEntity.REJECTED;
                }
                changed++;
            }
        }
        if (!selection.all()) {
            changed += namedButNotSuggested(em, item, pending, selection, accept, notFound, now);
        }
        if (changed > 0) {
            item.updatedAt = now;
            SearchText.refresh(em, List.of(mediaId));
        }
        return new ReviewResult(changed, notFound);
    }

    private static boolean selected(ReviewSuggestionEntity row, ReviewSelection selection) {
        if (selection.all()) {
            return true;
        }
        return switch (SuggestionField.valueOf(row.field)) {
            case TITLE -> selection.title();
            case DESCRIPTION -> selection.description();
            case TAG -> containsNorm(selection.tags(), row.normValue);
            case CATEGORY -> containsNorm(selection.categories(), row.normValue);
        };
    }

    private static boolean containsNorm(List<String> names, String norm) {
        return names.stream().anyMatch(name -> LabelNames.normalise(name).equals(norm));
    }

    /**
     * Handles the values the selection names that had no suggestion waiting: a model's applied tag or category
     * can still be rejected (it is removed and remembered); anything else is reported as not found.
     */
    private int namedButNotSuggested(EntityManager em, MediaItemEntity item, List<ReviewSuggestionEntity> pending,
                                     ReviewSelection selection, boolean accept, List<String> notFound, Instant now) {
        int changed = 0;
        for (SuggestionField field : List.of(SuggestionField.TAG, SuggestionField.CATEGORY)) {
            List<String> names = field == SuggestionField.TAG ? selection.tags() : selection.categories();
            for (String name : names) {
                String norm = LabelNames.normalise(name);
                boolean wasPending = pending.stream().anyMatch(r -> r.field.equals(field.name()) && r.normValue.equals(norm));
                if (wasPending) {
                    continue;
                }
                if (!accept && rejectApplied(em, item.id, field, norm, now)) {
                    changed++;
                } else {
                    notFound.add("item " + item.id + " has no suggested " + field.key() + " '" + name + "'");
                }
            }
        }
        for (SuggestionField field : List.of(SuggestionField.TITLE, SuggestionField.DESCRIPTION)) {
            boolean asked = field == SuggestionField.TITLE ? selection.title() : selection.description();
            if (asked && pending.stream().noneMatch(r -> r.field.equals(field.name()))) {
                notFound.add("item " + item.id + " has no suggested " + field.key());
            }
        }
        return changed;
    }

    /** Removes a label a model applied and remembers it as rejected; false when no model's label has that name. */
    private static boolean rejectApplied(EntityManager em, long mediaId, SuggestionField field, String norm, Instant now) {
        LabelTable table = field == SuggestionField.TAG ? LabelTable.TAG : LabelTable.CATEGORY;
        List<Object[]> applied = em.createQuery("select n.id, n.name, l.source from " + table.linkEntity + " l, "
                        + table.labelEntity + " n where n.id = l.labelId and l.mediaId = :m and n.normName = :norm"
                        + " and l.source like 'ai:%'", Object[].class)
                .setParameter("m", mediaId).setParameter("norm", norm)
                .getResultList();
        if (applied.isEmpty()) {
            return false;
        }
        Object[] row = applied.get(0);
        em.createQuery("delete from " + table.linkEntity + " l where l.mediaId = :m and l.labelId = :n")
                .setParameter("m", mediaId).setParameter("n", row[0])
                .executeUpdate();
        SuggestionRows.reject(em, mediaId, field, (String) row[1], Source.decode((String) row[2]), now);
        return true;
    }

    /** Applies an accepted suggestion with the model as its source, marked as confirmed by the person. */
    private void apply(EntityManager em, MediaItemEntity item, ReviewSuggestionEntity row, Instant now) {
        switch (SuggestionField.valueOf(row.field)) {
            case TITLE -> {
                item.title = row.textValue;
                item.titleSource = row.source;
                item.titleConfirmed = true;
            }
            case DESCRIPTION -> {
                item.description = row.textValue;
                item.descriptionSource = row.source;
                item.descriptionConfirmed = true;
            }
            case TAG -> labels.addConfirmed(em, item.id, LabelTable.TAG, row.textValue, Source.decode(row.source), now);
            case CATEGORY -> labels.addConfirmed(em, item.id, LabelTable.CATEGORY, row.textValue, Source.decode(row.source), now);
        }
        em.remove(row);
    }

    @Override
    public void acceptEdited(long mediaId, SuggestionField field, String text) {
        if (field.isLabel()) {
            throw new IllegalArgumentException("only a title or description is edited before it is accepted");
        }
        String value = text == null || text.isBlank() ? null : text.strip();
        db.run(em -> {
            MediaItemEntity item = em.find(MediaItemEntity.class, mediaId);
            if (item == null) {
                throw new IllegalArgumentException("no item with id " + mediaId);
            }
            String source = value == null ? null : Source.USER.encode();
            if (field == SuggestionField.TITLE) {
                item.title = value;
                item.titleSource = source;
                item.titleConfirmed = false;
            } else {
                item.description = value;
                item.descriptionSource = source;
                item.descriptionConfirmed = false;
            }
            item.updatedAt = clock.instant();
            SuggestionRows.clearSuggested(em, mediaId, field);
            SearchText.refresh(em, List.of(mediaId));
        });
    }
}
