package org.pothos.ui.settings;

import java.util.List;

/**
 * How many pictures are really analysed at once, and why: the engine starts no more than the Analysis setting,
 * and each enabled server takes no more than its own "At once", so the smaller of the setting and the servers' sum
 * is what happens.
 */
final class EffectiveConcurrency {

    private EffectiveConcurrency() {
    }

    static String explain(Integer wanted, List<EndpointItemViewModel> servers, SettingsTexts texts) {
        int servable = servers.stream()
                .filter(server -> server.enabledProperty().get())
                .mapToInt(server -> server.maxConcurrentProperty().get() == null ? 1 : server.maxConcurrentProperty().get())
                .sum();
        if (servable == 0) {
            return texts.get("analysis.concurrency.noServer");
        }
        int setting = wanted == null ? servable : wanted;
        return setting <= servable
                ? texts.get("analysis.concurrency.bySetting", setting, servable)
                : texts.get("analysis.concurrency.byServers", servable, setting);
    }
}
