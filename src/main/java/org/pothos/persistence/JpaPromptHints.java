package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pothos.analysis.PromptHints;
import org.pothos.library.VocabularyMode;
import org.pothos.review.SuggestionField;

/**
 * The library's hints for a picture's prompt: with a controlled vocabulary, the most used tags and categories
 * (read at most once a minute: counting every label's use on each job would cost more than the request);
 * always, what the person rejected for the picture.
 */
public final class JpaPromptHints implements PromptHints.Source {

    /** Labels of each kind offered to the model: enough for a person's working vocabulary, bounded for the prompt. */
    static final int PREFERRED = 200;
    /** A strict vocabulary with at most this many categories sends them as the schema's enum. */
    static final int ENUM_LIMIT = 40;
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private volatile Preferred preferred;

    private record Preferred(List<String> tags, List<String> categories, long categoryCount, Instant readAt) {
    }

    public JpaPromptHints(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public PromptHints forItem(long mediaId) {
        return db.call(em -> {
            VocabularyMode mode = LibrarySettingRows.vocabularyMode(em);
            Preferred words = mode == VocabularyMode.OFF ? null : preferred(em);
            boolean strict = mode == VocabularyMode.STRICT;
            List<String> allowed = strict && words.categoryCount() > 0 && words.categoryCount() <= ENUM_LIMIT
                    ? words.categories() : List.of();
            List<String> rejectedTags = new ArrayList<>();
            List<String> rejectedCategories = new ArrayList<>();
            String rejectedTitle = null;
            String rejectedDescription = null;
            for (ReviewSuggestionEntity row : SuggestionRows.of(em, List.of(mediaId), ReviewSuggestionEntity.REJECTED)) {
                switch (SuggestionField.valueOf(row.field)) {
                    case TAG -> rejectedTags.add(row.textValue);
                    case CATEGORY -> rejectedCategories.add(row.textValue);
                    case TITLE -> rejectedTitle = row.textValue;
                    case DESCRIPTION -> rejectedDescription = row.textValue;
                }
            }
            return new PromptHints(words == null ? List.of() : words.tags(), words == null ? List.of() : words.categories(),
                    strict, allowed, rejectedTags, rejectedCategories, rejectedTitle, rejectedDescription);
        });
    }

    private Preferred preferred(EntityManager em) {
        Preferred current = preferred;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESH).isBefore(now)) {
            current = new Preferred(mostUsed(em, LabelTable.TAG), mostUsed(em, LabelTable.CATEGORY),
                    em.createQuery("select count(c) from CategoryEntity c", Long.class).getSingleResult(), now);
            preferred = current;
        }
        return current;
    }

    /** The most used labels of a kind, then (for a short vocabulary) those no picture carries yet. */
    private static List<String> mostUsed(EntityManager em, LabelTable table) {
        return em.createQuery("select n.name from " + table.labelEntity + " n left join " + table.linkEntity
                        + " l on l.labelId = n.id group by n.id, n.name, n.normName order by count(l.mediaId) desc, n.normName",
                        String.class)
                .setMaxResults(PREFERRED)
                .getResultList();
    }
}
