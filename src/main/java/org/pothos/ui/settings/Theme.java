package org.pothos.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of the whole application: AtlantaFX's Primer theme, light or dark. */
public enum Theme {
    LIGHT,
    DARK;

    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Restyles every open window at once; call on the JavaFX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }
}
