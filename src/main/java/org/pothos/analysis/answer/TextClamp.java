package org.pothos.analysis.answer;

/**
 * Shortens text to a number of characters, counted in code points as JSON schema's maxLength does,
 * so a cut never leaves half a surrogate pair behind.
 */
public final class TextClamp {

    /** A word boundary further back than this share of the limit costs too much text; cut hard instead. */
    private static final double MIN_KEPT_SHARE = 0.6;

    private TextClamp() {
    }

    public static String clamp(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        int hardCut = text.offsetByCodePoints(0, maxCodePoints);
        int cut = hardCut;
        // text continuing with a space means the hard cut already ends a word
        if (!Character.isWhitespace(text.codePointAt(hardCut))) {
            int space = lastWhitespace(text, hardCut);
            if (space >= 0 && text.codePointCount(0, space) >= maxCodePoints * MIN_KEPT_SHARE) {
                cut = space;
            }
        }
        return stripTrailingSeparators(text.substring(0, cut));
    }

    private static int lastWhitespace(String text, int before) {
        for (int i = before - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripTrailingSeparators(String text) {
        int end = text.length();
        while (end > 0 && ",;:-–—(/，、；：（".indexOf(text.charAt(end - 1)) >= 0
                || end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
