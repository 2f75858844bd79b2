package org.pothos.similar;

import java.util.List;
import org.pothos.library.MediaItem;

/**
 * Pictures that are copies of one another: the same file content, or near by their perceptual hash (resized,
 * recompressed, re-exported). The first member is the one to keep unless the person chooses otherwise: the most
 * pixels, then the largest file, then the earliest imported.
 */
public record DuplicateGroup(List<Member> members) {

    public DuplicateGroup {
        members = List.copyOf(members);
    }

    /**
     * @param distance    bits in which its perceptual hash differs from the first member's (0 for the first; -1 when
     *                    a hash is unknown)
     * @param sameContent whether its file content is identical to the first member's
     */
    public record Member(MediaItem item, int distance, boolean sameContent) {
    }

    /** True when every member has exactly the first member's content. */
    public boolean identical() {
        return members.stream().allMatch(Member::sameContent);
    }

    public MediaItem suggestedKeeper() {
        return members.get(0).item();
    }
}
