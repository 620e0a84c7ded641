package org.msettriage.service.ruleset;

import org.msettriage.service.problem.ConflictException;

/** A proposal refused because its version already has one awaiting review: that one is reviewed first. */
public class ProposalPending extends ConflictException {

    private final transient ActivationProposals.Proposal pending;

    ProposalPending(ActivationProposals.Proposal pending) {
        super("Ruleset " + pending.version() + " already has a proposal awaiting review (GET"
                + " /api/v1/rulesets/proposals/" + pending.id() + "): approve or reject that one first");
        this.pending = pending;
    }

    /** The proposal awaiting review. */
    public ActivationProposals.Proposal pending() {
        return pending;
    }
}
