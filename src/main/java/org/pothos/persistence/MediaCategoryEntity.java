package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "media_category")
@IdClass(LabelLinkKey.class)
class MediaCategoryEntity extends LabelLinkEntity {

    @Id
    @Column(name = "category_id")
    Long labelId;
}
