package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ModelAnswer;
import org.pothos.library.Source;

/**
 * Puts a model's answer on an item, inside the job's transaction. What the user wrote, and what the picture's
 * files said, stays unless the request said overwrite; earlier AI values are replaced, since the new answer
 * supersedes them.
 */
final class ResultApplier {

    private final LabelWriter labels;

    ResultApplier(LabelWriter labels) {
        this.labels = labels;
    }

    void apply(EntityManager em, MediaItemEntity item, ModelAnswer answer, String model, AnalysisOptions options, Instant now) {
        Source source = Source.ai(model);
        boolean overwrite = options.overwrite();
        if (answer.title() != null && (overwrite || !protectedFromModels(item.titleSource))) {
            item.title = answer.title();
            item.titleSource = source.encode();
        }
        if (answer.description() != null && (overwrite || !protectedFromModels(item.descriptionSource))) {
            item.description = answer.description();
            item.descriptionSource = source.encode();
        }
        if (options.asks(org.pothos.analysis.AnalysisField.TAGS)) {
            replaceLabels(em, item.id, LabelTable.TAG, answer.tags(), source, overwrite, now);
        }
        if (options.asks(org.pothos.analysis.AnalysisField.CATEGORIES)) {
            replaceLabels(em, item.id, LabelTable.CATEGORY, answer.categories(), source, overwrite, now);
        }
        item.analysedAt = now;
        item.updatedAt = now;
        SearchText.refresh(em, List.of(item.id));
    }

    private void replaceLabels(EntityManager em, long mediaId, LabelTable table, List<String> names, Source source,
                               boolean overwrite, Instant now) {
        // Earlier AI labels go; the user's own and the files' stay (and keep their source) unless overwriting.
        em.createQuery("delete from " + table.linkEntity + " l where l.mediaId = :m"
                        + (overwrite ? "" : " and l.source like 'ai:%'"))
                .setParameter("m", mediaId)
                .executeUpdate();
        labels.addMatchingExisting(em, mediaId, table, names, source, now);
    }

    /** A value the user or the files gave; only a model's own earlier value is replaced by a new answer. */
    private static boolean protectedFromModels(String storedSource) {
        return storedSource != null && !Source.decode(storedSource).isAi();
    }
}
