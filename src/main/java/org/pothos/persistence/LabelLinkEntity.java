package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Columns shared by {@code media_tag} and {@code media_category}: which item, who added it, when, whether the person confirmed it. */
@MappedSuperclass
abstract class LabelLinkEntity {

    @Id
    @Column(name = "media_id")
    Long mediaId;
    @Column(nullable = false, length = 300)
    String source;
    @Column(name = "added_at", nullable = false)
    Instant addedAt;
    /** The person accepted this model's label in review: a later analysis keeps it, as it keeps theirs. */
    boolean confirmed;
}
