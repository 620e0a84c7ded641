package org.msettriage.rules.engine;

/**
 * Set when a decision on a KIE base was stopped over its budget. The stop lands anywhere inside Drools and
 * may leave the base's lazily built, shared parts (segment prototypes, say) half-changed, so every engine
 * on that base refuses to decide from then on: engines whose rulesets differ only in a table share one
 * base, the active ruleset and a candidate included. The next compile of the ruleset makes a new base.
 */
final class StopMark {

    private volatile boolean set;

    void set() {
        set = true;
    }

    boolean isSet() {
        return set;
    }
}
