package org.pothos.persistence;

import org.pothos.library.LabelKind;

/** The entity names behind each kind of label, so one piece of JPQL serves tags and categories. */
enum LabelTable {
    TAG("TagEntity", "MediaTagEntity", TagEntity.class, "media_tag", "tag_id", "tag"),
    CATEGORY("CategoryEntity", "MediaCategoryEntity", CategoryEntity.class, "media_category", "category_id", "category");

    final String labelEntity;
    final String linkEntity;
    final Class<? extends LabelEntity> labelClass;
    /** The link table and its label column, for the few statements written in SQL. */
    final String linkTable;
    final String labelColumn;
    /** The label table itself; its id sequence is named after it with {@code _seq}. */
    final String labelTableName;

    LabelTable(String labelEntity, String linkEntity, Class<? extends LabelEntity> labelClass, String linkTable,
               String labelColumn, String labelTableName) {
        this.labelEntity = labelEntity;
        this.linkEntity = linkEntity;
        this.labelClass = labelClass;
        this.linkTable = linkTable;
        this.labelColumn = labelColumn;
        this.labelTableName = labelTableName;
    }

    static LabelTable of(LabelKind kind) {
        return kind == LabelKind.TAG ? TAG : CATEGORY;
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

    /** Subquery that finds the link of item {@code mediaId} to the label with id {@code :param} (a key lookup). */
    String linkOfItem(String mediaId, String param) {
        return "select l.labelId from " + linkEntity + " l where l.mediaId = " + mediaId + " and l.labelId = :" + param;
    }
}
