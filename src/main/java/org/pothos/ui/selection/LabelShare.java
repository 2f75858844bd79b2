package org.pothos.ui.selection;

/** A label some of the selected pictures carry: by all of them ({@code shared}) or by {@code count} of {@code of}. */
public record LabelShare(String name, long count, int of) {

    public boolean shared() {
        return count >= of;
    }
}
