package org.msettriage.rules.engine;

import org.kie.api.KieBase;

/**
 * A KIE base with the stop mark every engine on it shares (see {@link StopMark}): the two go together from
 * the compile that makes the base, through {@link KieBaseMemory}, to each engine built on it.
 */
record MarkedKieBase(KieBase kieBase, StopMark stops) {

    /** A base just compiled or loaded: no decision on it was stopped yet. */
    static MarkedKieBase of(KieBase kieBase) {
        return new MarkedKieBase(kieBase, new StopMark());
    }
}
