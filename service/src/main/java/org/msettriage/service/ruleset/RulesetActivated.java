package org.msettriage.service.ruleset;

import org.msettriage.rules.engine.RulesetIdentity;

/**
 * A ruleset began serving (activated or rolled back to), published after the switch, so features that
 * depend on what serves (the shadow) follow it without the ruleset feature knowing them.
 */
public record RulesetActivated(RulesetIdentity identity, RulesetStore.Kind kind, String activatedBy) {}
