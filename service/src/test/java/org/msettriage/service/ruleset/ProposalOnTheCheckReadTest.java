package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.TestData;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A proposal made from the check's page is weighed on the check its proposer read: today's scenarios run
 * once, not once for the page and again for the proposal, as validation must answer within seconds. Each
 * run asks {@link CandidateEngines} for the candidate's engine once, so those asks count the runs.
 */
class ProposalOnTheCheckReadTest {

    private static final String VERSION = "one-check-1";
    private static final List<RulesetFile> FILES = CandidateRulesets.raisedWeight(VERSION);
    private static final TriageEngine CANDIDATE = CandidateRulesets.engine(FILES);
    private static final TriageEngine SERVING =
            CandidateRulesets.engine(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
    private static final List<Scenario> TODAYS = Scenario.readFolder(TestData.ROOT.resolve("scenarios"));
    private static final Caller LEAD = new Caller(Caller.Method.API_KEY, "demo-policy-lead", Set.of(Role.POLICY_LEAD));

    private final RulesetStore store = mock(RulesetStore.class);
    private final ActiveRuleset active = mock(ActiveRuleset.class);
    private final CandidateEngines candidates = mock(CandidateEngines.class);
    private final ScenarioLibrary scenarios = mock(ScenarioLibrary.class);
    private final RulesetActivation activation = new RulesetActivation(
            active,
            store,
            candidates,
            scenarios,
            mock(ApplicationEventPublisher.class),
            new MsetMetrics(new SimpleMeterRegistry()),
            mock(ActivationProposals.class),
            mock(PlatformTransactionManager.class),
            Duration.ofDays(7),
            RulesetSettingsFor.compiledIn(""));

    @BeforeEach
    void aKeptCandidateThatChangesScenarios() {
        when(active.engine()).thenReturn(SERVING);
        when(store.find(VERSION))
                .thenReturn(Optional.of(new RulesetStore.Kept(
                        VERSION,
                        RulesetIdentity.of(FILES).sha256(),
                        RulesetStore.Source.UPLOAD,
                        OffsetDateTime.now(),
                        LEAD.qualifiedName())));
        when(store.files(VERSION)).thenReturn(FILES);
        when(candidates.engineFor(anyList())).thenReturn(CANDIDATE);
        when(scenarios.scenarios()).thenReturn(TODAYS);
    }

    @Test
    void aProposalOnTheCheckItsProposerReadRunsTodaysScenariosOnce() {
        RulesetActivation.Recheck checked = activation.recheck(VERSION);
        List<String> changed = checked.validation().brokenScenarios();

        ActivationProposals.Proposal proposal =
                activation.propose(checked, "Raise current vulnerabilities", changed, LEAD);

        assertThat(changed).as("a weight change moves scenario outcomes").isNotEmpty();
        assertThat(proposal.acceptedScenarioChanges()).isEqualTo(changed);
        verify(candidates, times(1)).engineFor(anyList());
    }

    @Test
    void scenariosChangedSinceTheCheckAreRunAgainAndTheProposalIsWeighedOnThem() {
        RulesetActivation.Recheck checked = activation.recheck(VERSION);
        List<String> changed = checked.validation().brokenScenarios();
        // Meanwhile another ruleset was approved with the changed outcomes: today's scenarios no longer break.
        when(scenarios.scenarios())
                .thenReturn(TODAYS.stream()
                        .filter(s -> !changed.contains(RulesetValidator.SCENARIO_FOLDER + s.file()))
                        .toList());

        ActivationProposals.Proposal proposal =
                activation.propose(checked, "Raise current vulnerabilities", changed, LEAD);

        assertThat(proposal.acceptedScenarioChanges()).isEmpty();
        verify(candidates, times(2)).engineFor(anyList());
    }
}
