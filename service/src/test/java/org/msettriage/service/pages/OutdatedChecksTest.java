package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.ProposalOutdated;

/** A proposal's outdated check runs once per scenario set it runs over, not on every view of the page. */
class OutdatedChecksTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicReference<String> servingSet = new AtomicReference<>("2026.12.1 set-a");
    private final OutdatedChecks checks = new OutdatedChecks(this::counted, servingSet::get);

    private Optional<ProposalOutdated> counted(ActivationProposals.Proposal proposal) {
        runs.incrementAndGet();
        return Optional.empty();
    }

    @Test
    void aSecondViewUnderTheSameServingSetDoesNotRunTheCheckAgain() {
        ActivationProposals.Proposal proposal = proposal();
        checks.of(proposal);
        checks.of(proposal);
        assertThat(runs).hasValue(1);
    }

    @Test
    void anotherServingVersionRunsTheCheckAgain() {
        ActivationProposals.Proposal proposal = proposal();
        checks.of(proposal);
        servingSet.set("2027.1.0 set-a");
        checks.of(proposal);
        assertThat(runs).hasValue(2);
    }

    @Test
    void theServingSetWrittenAgainUnderTheSameVersionRunsTheCheckAgain() {
        ActivationProposals.Proposal proposal = proposal();
        checks.of(proposal);
        servingSet.set("2026.12.1 set-b");
        checks.of(proposal);
        assertThat(runs).hasValue(2);
    }

    @Test
    void anAnswerFoundWhileTheRulesSwitchedIsNotKept() {
        ActivationProposals.Proposal proposal = proposal();
        OutdatedChecks switching = new OutdatedChecks(
                p -> {
                    runs.incrementAndGet();
                    servingSet.set("2027.1.0 set-" + runs.get());
                    return Optional.empty();
                },
                servingSet::get);
        switching.of(proposal);
        switching.of(proposal);
        assertThat(runs).hasValue(2);
    }

    @Test
    void eachProposalHasItsOwnAnswerAndOnlyTheMostRecentAreKept() {
        ActivationProposals.Proposal first = proposal();
        checks.of(first);
        for (int i = 0; i < OutdatedChecks.MOST_KEPT - 1; i++) {
            checks.of(proposal());
        }
        checks.of(first);
        assertThat(runs).as("the first is still among the most recent").hasValue(OutdatedChecks.MOST_KEPT);
        checks.of(proposal());
        checks.of(proposal());
        checks.of(proposal());
        assertThat(runs).hasValue(OutdatedChecks.MOST_KEPT + 3);
        for (int i = 0; i < OutdatedChecks.MOST_KEPT; i++) {
            checks.of(proposal());
        }
        checks.of(first);
        assertThat(runs).as("the first, pushed out, is checked again").hasValue(2 * OutdatedChecks.MOST_KEPT + 4);
    }

    private static ActivationProposals.Proposal proposal() {
        OffsetDateTime now = OffsetDateTime.now();
        return new ActivationProposals.Proposal(
                UUID.randomUUID(),
                "2027.1.0",
                now,
                "lead-a",
                "a reason",
                List.of(),
                "2026.11.0",
                now.plusDays(7),
                ActivationProposals.State.PENDING,
                null,
                null,
                null);
    }
}
