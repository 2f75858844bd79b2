package org.pothos.persistence;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of an item-to-label link. */
public class LabelLinkKey implements Serializable {

    Long mediaId;
    Long labelId;

    public LabelLinkKey() {
    }

    LabelLinkKey(Long mediaId, Long labelId) {
        this.mediaId = mediaId;
        this.labelId = labelId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelLinkKey k && Objects.equals(mediaId, k.mediaId) && Objects.equals(labelId, k.labelId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mediaId, labelId);
    }
}
