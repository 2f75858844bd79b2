package org.pothos.persistence;

import org.pothos.library.LabelKind;

/** The entity names behind each kind of label, so one piece of JPQL serves tags and categories. */
enum LabelTable {
    TAG("TagEntity", "MediaTagEntity", TagEntity.class, "tag", "media_tag", "tag_id"),
    CATEGORY("CategoryEntity", "MediaCategoryEntity", CategoryEntity.class, "category", "media_category", "category_id");

    final String labelEntity;
    final String linkEntity;
    final Class<? extends LabelEntity> labelClass;
    /** The label table, the link table and its label column, for the statements written in SQL. */
    final String labelTable;
    final String linkTable;
    final String labelColumn;
    /** Names that stand for a label (its column is {@link #labelColumn} too). */
    final String aliasTable;

    LabelTable(String labelEntity, String linkEntity, Class<? extends LabelEntity> labelClass, String labelTable,
               String linkTable, String labelColumn) {
        this.labelEntity = labelEntity;
        this.linkEntity = linkEntity;
        this.labelClass = labelClass;
        this.labelTable = labelTable;
        this.linkTable = linkTable;
        this.labelColumn = labelColumn;
        this.aliasTable = labelTable + "_alias";
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

    /** Subquery that finds a link of item {@code mediaId} to any of the labels with ids {@code :param}. */
    String linkOfItemToAny(String mediaId, String param) {
        return "select l.labelId from " + linkEntity + " l where l.mediaId = " + mediaId + " and l.labelId in :" + param;
    }

    /** Subquery that finds the link of item {@code mediaId} to the label with id {@code :param} (a key lookup). */
    String linkOfItem(String mediaId, String param) {
        return "select l.labelId from " + linkEntity + " l where l.mediaId = " + mediaId + " and l.labelId = :" + param;
    }
}
