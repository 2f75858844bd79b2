package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "media_tag")
@IdClass(LabelLinkKey.class)
class MediaTagEntity extends LabelLinkEntity {

    @Id
    @Column(name = "tag_id")
    Long labelId;
}
