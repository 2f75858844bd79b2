package org.pothos.searchindex;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.tokenattributes.ScriptAttribute;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How texts become terms. ICU's tokenizer finds the words of every script by Unicode's rules and segments
 * Chinese (and Japanese, Thai, Lao, Khmer, Myanmar) by dictionary, so "海边的日落" is 海边 / 的 / 日落 and
 * "日落" finds it; case, accents and full-width forms are folded. The ranked fields also drop English stop
 * words and a few Chinese particles and stem English (only words in Latin script), so "beaches" finds
 * "beach". Each ranked field has an unstemmed twin for prefixes typed so far; file and folder names are
 * split at underscores, digits and case changes as well, so "1234" finds "IMG_1234.JPG".
 */
final class TextAnalysis {

    /** English stop words, and Chinese particles that carry no meaning of their own (的, 了, …). */
    private static final CharArraySet STOP_WORDS = stopWords();
    /** Between the tags of one item: a phrase never runs from one tag into the next. */
    private static final int LABEL_GAP = 100;

    private final Analyzer stemmed = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            TokenStream stream = new StopFilter(new ICUFoldingFilter(source), STOP_WORDS);
            return new TokenStreamComponents(source, new LatinOnly(stream));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return LABEL_GAP;
        }
    };

    private final Analyzer exact = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return LABEL_GAP;
        }
    };

    private final Analyzer names = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                    | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
                    | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
            TokenStream parts = new WordDelimiterGraphFilter(source, flags, null);
            return new TokenStreamComponents(source, new ICUFoldingFilter(new FlattenGraphFilter(parts)));
        }
    };

    private final Analyzer perField;

    TextAnalysis() {
        perField = new PerFieldAnalyzerWrapper(exact, Map.of(
                IndexFields.TITLE, stemmed, IndexFields.DESCRIPTION, stemmed, IndexFields.TAGS, stemmed,
                IndexFields.CATEGORIES, stemmed, IndexFields.FILE, names, IndexFields.FOLDER, names));
    }

    /** The analyzer of every field, for the index writer. */
    Analyzer perField() {
        return perField;
    }

    /** A term of an analysed text with its position, for phrases (stop words leave gaps). */
    record Token(String term, int position) {
    }

    /** The terms {@code text} becomes in {@code field}. */
    List<Token> tokens(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = perField.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), Math.max(0, position)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text held in memory", e);
        }
        return tokens;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("的", "地", "得", "了", "着", "和", "与", "及", "之", "在", "是", "一个", "有"));
        return CharArraySet.unmodifiableSet(words);
    }

    /** English possessives and stems for words in Latin script only: stemming Chinese or Cyrillic would garble them. */
    private static final class LatinOnly extends ConditionalTokenFilter {
        private final ScriptAttribute script = addAttribute(ScriptAttribute.class);

        LatinOnly(TokenStream input) {
            super(input, in -> new PorterStemFilter(new EnglishPossessiveFilter(in)));
        }

        @Override
        protected boolean shouldFilter() {
            return script.getCode() == UScript.LATIN;
        }
    }
}
