package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code review_suggestion}: a value a model proposed that is not applied (suggested or rejected). */
@Entity
@Table(name = "review_suggestion")
class ReviewSuggestionEntity {

    static final String SUGGESTED = "SUGGESTED";
    static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_suggestion_seq")
    @SequenceGenerator(name = "review_suggestion_seq", sequenceName = "review_suggestion_seq", allocationSize = 50)
    Long id;
    @Column(name = "media_id", nullable = false)
    long mediaId;
    @Column(nullable = false, length = 16)
    String field;
    @Column(name = "text_value", nullable = false, length = 4000)
    String textValue;
    @Column(name = "norm_value", nullable = false, length = 200)
    String normValue;
    @Column(nullable = false, length = 300)
    String source;
    @Column(nullable = false, length = 16)
    String state;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
