package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of {@code endpoint}: an Ollama server the user chose. */
@Entity
@Table(name = "endpoint")
class EndpointEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "endpoint_seq")
    @SequenceGenerator(name = "endpoint_seq", sequenceName = "endpoint_seq", allocationSize = 50)
    Long id;
    @Column(nullable = false, length = 200)
    String name;
    @Column(nullable = false, length = 1000)
    String url;
    @Column(nullable = false, length = 32)
    String provider;
    boolean enabled;
    @Column(name = "is_default")
    boolean isDefault;
    @Column(name = "max_concurrent_requests")
    int maxConcurrentRequests;
    @Column(name = "bearer_token", length = 1000)
    String bearerToken;
    @Column(name = "default_model", length = 200)
    String defaultModel;
    @Column(name = "is_local")
    boolean isLocal;
    @Version
    long version;
}
