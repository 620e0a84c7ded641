package org.msettriage.rules.engine;

import org.kie.api.runtime.Channel;
import org.msettriage.rules.policy.PolicySettings;

/**
 * The policy's settings, reachable from a rule's consequence, so that an explanation may name a
 * setting ({repeat_missing_episodes}) and say the number the rules use without the rule passing it.
 * Registered on each session as a channel because a channel is the one per-session object a
 * consequence can reach without a fact; nothing is ever sent on it.
 */
final class SettingsChannel implements Channel {

    static final String NAME = "mset-policy-settings";

    private final PolicySettings settings;

    SettingsChannel(PolicySettings settings) {
        this.settings = settings;
    }

    /** A setting's value by its name in settings.csv, or null when the name is not a setting. */
    Object value(String name) {
        return settings == null ? null : settings.value(name);
    }

    @Override
    public void send(Object object) {
        throw new UnsupportedOperationException("The settings channel is read, never sent to");
    }
}
