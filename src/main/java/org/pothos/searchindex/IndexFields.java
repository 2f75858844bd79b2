package org.pothos.searchindex;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.pothos.library.LabelNames;
import org.pothos.search.IndexDocument;

/**
 * The fields of an item's document and their weights. Ranked text fields have an unstemmed twin
 * ({@code _x}) for prefixes; labels are also kept whole (normalised) for {@code tag:} and {@code category:}.
 */
final class IndexFields {

    static final String ID = "id";
    static final String ID_VALUE = "id_value";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String CATEGORIES = "categories";
    static final String FILE = "file";
    static final String FOLDER = "folder";
    static final String TAG_KEY = "tag_key";
    static final String CATEGORY_KEY = "category_key";
    static final String EXACT = "_x";

    /**
     * Weights of a match in each field: a word in the title or a tag says more about a picture than the same word
     * somewhere in a long description; a folder name says least.
     */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3.0f, TAGS, 2.5f, CATEGORIES, 2.0f, DESCRIPTION, 1.0f,
            FILE, 1.0f, FOLDER, 0.5f);
    /** Fields whose words are stemmed (and have an unstemmed twin for prefixes). */
    static final List<String> RANKED = List.of(TITLE, TAGS, CATEGORIES, DESCRIPTION);
    /** Name fields: split into parts, neither stemmed nor twinned. */
    static final List<String> NAMES = List.of(FILE, FOLDER);

    private IndexFields() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document toDocument(IndexDocument item) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(item.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_VALUE, item.id()));
        addText(doc, TITLE, item.title());
        addText(doc, DESCRIPTION, item.description());
        item.tags().forEach(tag -> addText(doc, TAGS, tag));
        item.categories().forEach(category -> addText(doc, CATEGORIES, category));
        addName(doc, FILE, item.fileName());
        addName(doc, FOLDER, item.folder());
        item.tags().forEach(tag -> doc.add(new StringField(TAG_KEY, LabelNames.normalise(tag), Field.Store.NO)));
        item.categories().forEach(c -> doc.add(new StringField(CATEGORY_KEY, LabelNames.normalise(c), Field.Store.NO)));
        if (item.vector() != null && item.space() != null) {
            doc.add(new KnnFloatVectorField(item.space().fieldName(), item.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    private static void addText(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
            doc.add(new TextField(field + EXACT, text, Field.Store.NO));
        }
    }

    private static void addName(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }
}
