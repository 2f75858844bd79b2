package org.pothos.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.pothos.analysis.Endpoint;

/**
 * One row of the endpoint table. Enabled and max-concurrent are editable in the row; the list's
 * ViewModel listens to them and stores each change. A fresh row is made on every reload, so a
 * row always shows what the database holds.
 */
public final class EndpointItemViewModel {

    private final Endpoint endpoint;
    private final BooleanProperty enabled;
    private final ObjectProperty<Integer> maxConcurrent;

    EndpointItemViewModel(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.enabled = new SimpleBooleanProperty(this, "enabled", endpoint.enabled());
        this.maxConcurrent = new SimpleObjectProperty<>(this, "maxConcurrent", endpoint.maxConcurrentRequests());
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public long getId() {
        return endpoint.id();
    }

    public String getName() {
        return endpoint.name();
    }

    public String getUrl() {
        return endpoint.url();
    }

    public boolean isDefault() {
        return endpoint.isDefault();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<Integer> maxConcurrentProperty() {
        return maxConcurrent;
    }

    /** How the row reads in a choice box: the name, and the address when it differs. */
    @Override
    public String toString() {
        return endpoint.name().equals(endpoint.url()) ? endpoint.url() : endpoint.name() + " (" + endpoint.url() + ")";
    }
}
