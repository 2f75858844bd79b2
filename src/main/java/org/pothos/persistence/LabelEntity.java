package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Name columns shared by {@code tag} and {@code category}; each table has its own id sequence. */
@MappedSuperclass
abstract class LabelEntity {

    @Column(nullable = false, length = 200)
    String name;
    @Column(name = "norm_name", nullable = false, length = 200)
    String normName;

    abstract Long id();
}
