package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code library_setting}: one setting of this library. */
@Entity
@Table(name = "library_setting")
class LibrarySettingEntity {

    @Id
    @Column(length = 100)
    String name;
    @Column(name = "setting_value", nullable = false, length = 1000)
    String value;
}
