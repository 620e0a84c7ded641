package org.msettriage.service.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.ProposalOutdated;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether approving a pending proposal would be refused as outdated, remembered for the scenarios it was
 * found over: the check runs the candidate over every scenario of the rules serving (up to seconds), and the
 * workbench's home page asks on every view. Another ruleset serving, or the serving one's set written again,
 * is another set, so it is asked again; only the most recent answers are kept, as only pending proposals show.
 */
@Component
class OutdatedChecks {

    static final int MOST_KEPT = 32;

    private record Key(UUID proposal, String servingSet) {}

    private final Function<ActivationProposals.Proposal, Optional<ProposalOutdated>> check;
    private final Supplier<String> servingSet;
    private final Map<Key, Optional<ProposalOutdated>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<ProposalOutdated>> eldest) {
            return size() > MOST_KEPT;
        }
    };

    @Autowired
    OutdatedChecks(RulesetActivation activation, ScenarioLibrary scenarios) {
        this(activation::outdated, scenarios::servingSetIdentity);
    }

    OutdatedChecks(
            Function<ActivationProposals.Proposal, Optional<ProposalOutdated>> check, Supplier<String> servingSet) {
        this.check = check;
        this.servingSet = servingSet;
    }

    Optional<ProposalOutdated> of(ActivationProposals.Proposal proposal) {
        Key key = new Key(proposal.id(), servingSet.get());
        synchronized (recent) {
            Optional<ProposalOutdated> known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        // Run outside the lock: seconds, and other cards need not wait for this one.
        Optional<ProposalOutdated> found = check.apply(proposal);
        // A switch while it ran may have given it another set than the key names: then it is not kept.
        if (key.servingSet().equals(servingSet.get())) {
            synchronized (recent) {
                recent.put(key, found);
            }
        }
        return found;
    }
}
