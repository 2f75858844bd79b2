package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code model_info}: a model an endpoint serves, cached with its vision capability. */
@Entity
@Table(name = "model_info")
class ModelInfoEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_info_seq")
    @SequenceGenerator(name = "model_info_seq", sequenceName = "model_info_seq", allocationSize = 50)
    Long id;
    @Column(name = "endpoint_id", nullable = false)
    Long endpointId;
    @Column(nullable = false, length = 200)
    String name;
    boolean vision;
    @Column(name = "size_bytes")
    Long sizeBytes;
    @Column(length = 100)
    String family;
    @Column(name = "refreshed_at", nullable = false)
    Instant refreshedAt;
}
