package org.pothos.ui.similar;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.pothos.similar.DuplicateGroup;

/** One group of duplicates in the window: its pictures (best copy first) and the one the person chose to keep. */
public final class DuplicateGroupViewModel {

    private final DuplicateGroup group;
    private final List<SimilarTile> members;
    private final ObjectProperty<SimilarTile> keep;

    DuplicateGroupViewModel(DuplicateGroup group, List<SimilarTile> members) {
        this.group = group;
        this.members = List.copyOf(members);
        this.keep = new SimpleObjectProperty<>(this.members.get(0));
    }

    public List<SimilarTile> members() {
        return members;
    }

    /** The picture to keep: the best copy unless the person chose another. */
    public ObjectProperty<SimilarTile> keepProperty() {
        return keep;
    }

    public boolean identical() {
        return group.identical();
    }

    DuplicateGroup group() {
        return group;
    }
}
