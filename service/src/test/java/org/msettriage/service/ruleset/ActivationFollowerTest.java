package org.msettriage.service.ruleset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.TriageEngine;

/**
 * The follower serves a switch another instance made, and leaves one being made here to it: a policy
 * lead's trial saw a single instance log its own activation as "activated on another instance", then
 * serve it "in place of" itself.
 */
class ActivationFollowerTest {

    private final ActiveRuleset active = mock(ActiveRuleset.class);
    private final RulesetStore store = mock(RulesetStore.class);
    private final CandidateEngines candidates = mock(CandidateEngines.class);
    private final TriageEngine serving = mock(TriageEngine.class);

    ActivationFollowerTest() {
        when(serving.identity()).thenReturn(new RulesetIdentity("2026.12.2", "a".repeat(64)));
        when(active.engine()).thenReturn(serving);
        when(store.lastActivated()).thenReturn(Optional.of("2027.1.0"));
    }

    @Test
    void aSwitchBeingMadeHereIsLeftToIt() {
        when(active.isSwitchingHereTo("2027.1.0")).thenReturn(true);

        new ActivationFollower(active, store, candidates).follow();

        verify(store, never()).find(any());
        verify(active, never()).serveInPlaceOf(any(), any());
    }

    @Test
    void aSwitchMadeOnAnotherInstanceIsServedHere() {
        new ActivationFollower(active, store, candidates).follow();

        verify(store).find("2027.1.0");
    }
}
