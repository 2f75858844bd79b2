package org.pothos.persistence;

import org.pothos.library.LabelKind;

/** The entity names behind each kind of label, so one piece of JPQL serves tags and categories. */
enum LabelTable {
    TAG("TagEntity", "MediaTagEntity", TagEntity.class),
    CATEGORY("CategoryEntity", "MediaCategoryEntity", CategoryEntity.class);

    final String labelEntity;
    final String linkEntity;
    final Class<? extends LabelEntity> labelClass;

    LabelTable(String labelEntity, String linkEntity, Class<? extends LabelEntity> labelClass) {
        this.labelEntity = labelEntity;
        this.linkEntity = linkEntity;
        this.labelClass = labelClass;
    }

    static LabelTable of(LabelKind kind) {
        return kind == LabelKind.TAG ? TAG : CATEGORY;
    }

    LabelEntity newLabel() {
        return this == TAG ? new TagEntity() : new CategoryEntity();
    }

    LabelLinkEntity newLink(long mediaId, long labelId) {
        if (this == TAG) {
            MediaTagEntity link = new MediaTagEntity();
            link.labelId = labelId;
            link.mediaId = mediaId;
            return link;
        }
        MediaCategoryEntity link = new MediaCategoryEntity();
        link.labelId = labelId;
        link.mediaId = mediaId;
        return link;
    }

    /** Subquery giving the ids of items that carry the label whose folded name is {@code :param}. */
    String mediaIdsWithLabel(String param) {
        return "select l.mediaId from " + linkEntity + " l, " + labelEntity + " n"
                + " where n.id = l.labelId and n.normName = :" + param;
    }

    /** Subquery that finds the label whose folded name is {@code :param} on the item {@code mediaId} (by key). */
    String labelOfItem(String mediaId, String param) {
        return "select l.labelId from " + linkEntity + " l, " + labelEntity + " n"
                + " where l.mediaId = " + mediaId + " and n.id = l.labelId and n.normName = :" + param;
    }
}
