package org.msettriage.service.ruleset;

import java.util.List;
import org.msettriage.service.problem.ConflictException;

/**
 * An approval refused because the proposal, checked again against the scenarios serving now, changes
 * outcomes its proposer did not accept (the rules serving changed since it was proposed): nothing was
 * activated, and since a version has one proposal awaiting review at a time, it is withdrawn before it is
 * proposed again.
 */
public class ProposalOutdated extends ConflictException {

    /** How many of the scenarios it changes are named in words; the rest are counted. */
    static final int NAMED = 10;

    /** A scenario whose outcome the proposal now changes without having accepted it: its file and its name. */
    public record Unaccepted(String file, String name) {}

    private final transient ActivationProposals.Proposal proposal;
    private final String servingNow;
    private final transient List<Unaccepted> unaccepted;

    ProposalOutdated(ActivationProposals.Proposal proposal, String servingNow, List<Unaccepted> unaccepted) {
        super(detail(proposal, servingNow, unaccepted));
        this.proposal = proposal;
        this.servingNow = servingNow;
        this.unaccepted = List.copyOf(unaccepted);
    }

    private static String detail(
            ActivationProposals.Proposal proposal, String servingNow, List<Unaccepted> unaccepted) {
        return "Ruleset " + proposal.version() + " was not activated: " + since(proposal, servingNow)
                + ", and checked again against the scenarios of ruleset " + servingNow
                + " it changes the expected outcome of " + unaccepted.size()
                + " scenario(s) its proposal did not accept: "
                + String.join(", ", unaccepted.stream().map(Unaccepted::file).toList())
                + ". The proposal still awaits review but cannot be approved as it stands, and the version cannot"
                + " be proposed again while it does: its proposer withdraws it (POST /api/v1/rulesets/proposals/"
                + proposal.id() + "/reject with a reason), validates the ruleset again (POST"
                + " /api/v1/rulesets/validate) and proposes it again (POST /api/v1/rulesets/proposals), naming"
                + " those changes in acceptScenarioChanges if they are intended";
    }

    /** What changed since it was proposed, naming both rulesets when the one serving then is known. */
    private static String since(ActivationProposals.Proposal proposal, String servingNow) {
        return proposal.servingChangedSince(servingNow)
                ? "the rules serving changed since it was proposed (ruleset " + proposal.proposedWhileServing()
                        + " served then, and ruleset " + servingNow + " serves now)"
                : "the scenarios changed since it was proposed";
    }

    /** The refusal in words, for a page: the scenarios by name, and what the proposer, as named, does next. */
    public String inWords(String proposer) {
        return "Ruleset " + proposal.version() + " was not activated: " + since(proposal, servingNow) + ". "
                + whatItChangesAndWhatToDo(proposer);
    }

    /**
     * The same finding for a proposal's card, before anyone tries to approve it: a card that knows approval
     * would be refused says so and what to do instead of offering approval.
     */
    public String beforeApproval(String proposer) {
        return "Approving it would be refused: " + since(proposal, servingNow) + ". "
                + whatItChangesAndWhatToDo(proposer);
    }

    private String whatItChangesAndWhatToDo(String proposer) {
        List<String> named = unaccepted.stream()
                .limit(NAMED)
                .map(scenario -> "“" + scenario.name() + "”")
                .toList();
        int more = unaccepted.size() - named.size();
        String version = proposal.version();
        return "Checked again against the scenarios of ruleset " + servingNow + ", it now changes the outcome"
                + " of " + unaccepted.size() + (unaccepted.size() == 1 ? " scenario" : " scenarios")
                + " its proposal did not accept: " + String.join("; ", named)
                + (more > 0 ? "; and " + more + " more" : "")
                + ". It cannot be approved as it stands, and ruleset " + version + " cannot be proposed again while"
                + " this proposal awaits review. Its proposer, " + proposer + ", withdraws it (or another policy"
                + " lead rejects it), then checks ruleset " + version + "’s zip again under “Check a candidate”"
                + " and proposes it from that check, ticking the changes it now makes if they are intended.";
    }

    @Override
    public String inWords() {
        return inWords("the policy lead who proposed it");
    }

    /** The proposal refused. */
    public ActivationProposals.Proposal proposal() {
        return proposal;
    }
}
