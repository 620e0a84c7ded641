package org.msettriage.service.panel;

import java.util.UUID;

/**
 * What recording an outcome did, said at the child it was recorded for: the page comes back to that
 * child's place on the agenda, and a notice at the top of a long agenda was out of sight (a panel
 * coordinator's trial sent a form twice and never saw "Already recorded").
 */
public record OutcomeNotice(UUID decisionId, String text) {

    /** Whether this is the notice of the child the agenda lists by this decision. */
    public boolean isOf(UUID decision) {
        return decisionId.equals(decision);
    }
}
