package org.pothos.searchindex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.pothos.library.LabelNames;
import org.pothos.search.ParsedSearch;

/**
 * Turns a parsed search into Lucene queries. Every wanted word must match (in any field: the best field counts,
 * by its weight, as a disjunction-max), every excluded one must not, labels filter without scoring.
 */
final class LuceneQueries {

    /** A little credit for matching in more than one field (the title and a tag, say), on top of the best one. */
    private static final float TIE_BREAKER = 0.1f;
    /** A prefix match counts a little less than the whole word, so "sun" ranks "sun" above "sunday". */
    private static final float PREFIX_WEIGHT = 0.8f;

    private final TextAnalysis analysis;
    private final Function<String, List<String>> tagFamily;

    /** @param tagFamily a tag's normalised name and those of the tags below it: a tag filter includes its children */
    LuceneQueries(TextAnalysis analysis, Function<String, List<String>> tagFamily) {
        this.analysis = analysis;
        this.tagFamily = tagFamily;
    }

    /** The ranked query: words, phrases and exclusions, within the label filters. */
    Query text(ParsedSearch search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean wanted = false;
        for (ParsedSearch.Term term : search.terms()) {
            Query clause = term(term);
            if (clause != null) {
                query.add(clause, term.excluded() ? Occur.MUST_NOT : Occur.MUST);
                wanted |= !term.excluded();
            }
        }
        if (!wanted) {
            query.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        addLabelFilters(query, search);
        return query.build();
    }

    /** The filter part alone (labels and exclusions), for a nearest-neighbour search; null when there is none. */
    Query filters(ParsedSearch search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = addLabelFilters(query, search);
        for (ParsedSearch.Term term : search.terms()) {
            Query clause = term.excluded() ? term(term) : null;
            if (clause != null) {
                query.add(clause, Occur.MUST_NOT);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        query.add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
        return query.build();
    }

    private boolean addLabelFilters(BooleanQuery.Builder query, ParsedSearch search) {
        search.tags().forEach(tag -> query.add(tag(tag), Occur.FILTER));
        search.categories().forEach(category -> query.add(label(IndexFields.CATEGORY_KEY, category), Occur.FILTER));
        search.excludedTags().forEach(tag -> query.add(tag(tag), Occur.MUST_NOT));
        search.excludedCategories().forEach(c -> query.add(label(IndexFields.CATEGORY_KEY, c), Occur.MUST_NOT));
        return !(search.tags().isEmpty() && search.categories().isEmpty() && search.excludedTags().isEmpty()
                && search.excludedCategories().isEmpty());
    }

    private static Query label(String field, String name) {
        return new TermQuery(new Term(field, LabelNames.normalise(name)));
    }

    /** The tag or any tag below it. */
    private Query tag(String name) {
        List<String> family = tagFamily.apply(name);
        if (family.size() <= 1) {
            return label(IndexFields.TAG_KEY, name);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        family.forEach(key -> any.add(new TermQuery(new Term(IndexFields.TAG_KEY, key)), Occur.SHOULD));
        return any.build();
    }

    /**
     * One word or phrase over every field; null when it is ignored: a complete word that is only a stop word ("the",
     * "on", "的") or punctuation, so "dog on the beach" asks for "dog" and "beach".
     */
    private Query term(ParsedSearch.Term term) {
        if (!term.prefix() && analysis.tokens(IndexFields.TITLE, term.text()).isEmpty()) {
            return null;
        }
        List<Query> perField = new ArrayList<>();
        for (String field : IndexFields.RANKED) {
            add(perField, term.phrase() ? phrase(field, term.text()) : allOf(field, term.text(), false), field);
            if (term.prefix()) {
                add(perField, allOf(field + IndexFields.EXACT, term.text(), true), field, PREFIX_WEIGHT);
            }
        }
        for (String field : IndexFields.NAMES) {
            add(perField, allOf(field, term.text(), term.prefix()), field);
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static void add(List<Query> queries, Query query, String weightOf) {
        add(queries, query, weightOf, 1f);
    }

    private static void add(List<Query> queries, Query query, String weightOf, float factor) {
        if (query != null) {
            queries.add(new BoostQuery(query, IndexFields.BOOSTS.get(weightOf) * factor));
        }
    }

    /** Every term the word becomes in the field (a Chinese run can be several words); the last one as a prefix if asked. */
    private Query allOf(String field, String text, boolean lastAsPrefix) {
        List<TextAnalysis.Token> tokens = analysis.tokens(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return single(field, tokens.get(0).term(), lastAsPrefix);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            all.add(single(field, tokens.get(i).term(), lastAsPrefix && i == tokens.size() - 1), Occur.MUST);
        }
        return all.build();
    }

    private static Query single(String field, String term, boolean prefix) {
        Term t = new Term(field, term);
        return prefix ? new PrefixQuery(t) : new TermQuery(t);
    }

    private Query phrase(String field, String text) {
        List<TextAnalysis.Token> tokens = analysis.tokens(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
        return phrase.build();
    }
}
