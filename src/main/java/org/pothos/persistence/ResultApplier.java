package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ModelAnswer;
import org.pothos.library.LabelNames;
import org.pothos.library.Source;
import org.pothos.library.VocabularyMode;
import org.pothos.review.SuggestionField;

/**
 * Puts a model's answer on an item, inside the job's transaction. Labels first go through the person's
 * vocabulary (aliases, and a strict vocabulary's choice of known names) and lose what the person rejected
 * for this picture. Then, in review mode, everything becomes a suggestion; otherwise values are applied.
 * What the person wrote or accepted, and what the picture's files said, stays unless the request said
 * overwrite; earlier AI values are replaced, since the new answer supersedes them.
 */
final class ResultApplier {

    private final LabelWriter labels;

    ResultApplier(LabelWriter labels) {
        this.labels = labels;
    }

    /** What applying an answer left out: labels a strict vocabulary did not know. */
    record Applied(List<String> droppedTags, List<String> droppedCategories) {

        /** In words for the job's record, or null when nothing was dropped. */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (!droppedTags.isEmpty()) {
                parts.add("tags " + String.join(", ", droppedTags));
            }
            if (!droppedCategories.isEmpty()) {
                parts.add("categories " + String.join(", ", droppedCategories));
            }
            return parts.isEmpty() ? null : "not in the vocabulary, dropped: " + String.join("; ", parts);
        }
    }

    Applied apply(EntityManager em, MediaItemEntity item, ModelAnswer answer, String model, AnalysisOptions options,
                  Instant now) {
        Source source = Source.ai(model);
        boolean overwrite = options.overwrite();
        LibrarySettingRows.Values settings = LibrarySettingRows.values(em);
        boolean review = options.review() || settings.reviewMode();
        VocabularyMode vocabulary = settings.vocabularyMode();
        ItemReviewRows reviewRows = ItemReviewRows.of(em, item.id);
        if (answer.title() != null && mayReplace(item.titleSource, item.titleConfirmed, overwrite)) {
            if (review) {
                suggestText(em, reviewRows, SuggestionField.TITLE, answer.title(), item.title, source, now);
            } else {
                item.title = answer.title();
                item.titleSource = source.encode();
                item.titleConfirmed = false;
                reviewRows.clearSuggested(em, SuggestionField.TITLE);
            }
        }
        if (answer.description() != null && mayReplace(item.descriptionSource, item.descriptionConfirmed, overwrite)) {
            if (review) {
                suggestText(em, reviewRows, SuggestionField.DESCRIPTION, answer.description(), item.description, source, now);
            } else {
                item.description = answer.description();
                item.descriptionSource = source.encode();
                item.descriptionConfirmed = false;
                reviewRows.clearSuggested(em, SuggestionField.DESCRIPTION);
            }
        }
        List<String> droppedTags = List.of();
        List<String> droppedCategories = List.of();
        if (options.asks(AnalysisField.TAGS)) {
            droppedTags = applyLabels(em, item.id, reviewRows, LabelTable.TAG, answer.tags(), source, overwrite, review,
                    vocabulary, now);
        }
        if (options.asks(AnalysisField.CATEGORIES)) {
            droppedCategories = applyLabels(em, item.id, reviewRows, LabelTable.CATEGORY, answer.categories(), source,
                    overwrite, review, vocabulary, now);
        }
        item.analysedAt = now;
        item.updatedAt = now;
        SearchText.refresh(em, List.of(item.id));
        return new Applied(droppedTags, droppedCategories);
    }

    /** Returns the names a strict vocabulary dropped. */
    private List<String> applyLabels(EntityManager em, long mediaId, ItemReviewRows reviewRows, LabelTable table,
                                     List<String> names, Source source, boolean overwrite, boolean review,
                                     VocabularyMode vocabulary, Instant now) {
        SuggestionField field = table == LabelTable.TAG ? SuggestionField.TAG : SuggestionField.CATEGORY;
        LabelResolver.Resolution resolution = LabelResolver.resolve(em, table, names, vocabulary);
        Set<String> rejected = reviewRows.rejectedNorms(field);
        List<String> wanted = resolution.names().stream()
                .filter(name -> LabelNames.matchKeys(name).stream().noneMatch(rejected::contains))
                .toList();
        // Whatever an earlier answer suggested for this field, this one supersedes.
        reviewRows.clearSuggested(em, field);
        if (review) {
            Set<String> applied = appliedNorms(em, mediaId, table);
            for (String name : wanted) {
                if (!applied.contains(LabelNames.normalise(name))) {
                    SuggestionRows.suggest(em, mediaId, field, name, source, now);
                }
            }
        } else {
            // Earlier AI labels go; the user's own and those the person accepted stay, unless overwriting.
            em.createQuery("delete from " + table.linkEntity + " l where l.mediaId = :m"
                            + (overwrite ? "" : " and l.source like 'ai:%' and l.confirmed = false"))
                    .setParameter("m", mediaId)
                    .executeUpdate();
            labels.addMatchingExisting(em, mediaId, table, wanted, source, now);
        }
        return resolution.dropped();
    }

    private static void suggestText(EntityManager em, ItemReviewRows reviewRows, SuggestionField field, String value,
                                    String current, Source source, Instant now) {
        if (value.equals(current)) {
            reviewRows.clearSuggested(em, field);
        } else {
            SuggestionRows.suggest(em, reviewRows.mediaId(), field, value, source, now);
        }
    }

    private static Set<String> appliedNorms(EntityManager em, long mediaId, LabelTable table) {
        return new HashSet<>(em.createQuery("select n.normName from " + table.linkEntity + " l, " + table.labelEntity
                        + " n where n.id = l.labelId and l.mediaId = :m", String.class)
                .setParameter("m", mediaId)
                .getResultList());
    }

    /** Only a model's own earlier value gives way to a new answer: the person's, the files' and accepted ones stay. */
    private static boolean mayReplace(String storedSource, boolean confirmed, boolean overwrite) {
        return overwrite || !(confirmed || storedSource != null && !Source.decode(storedSource).isAi());
    }
}
