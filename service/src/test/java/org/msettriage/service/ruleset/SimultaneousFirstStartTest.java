package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.metrics.MsetMetrics;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.env.MockEnvironment;

/**
 * Two instances sharing an empty database start at the same moment: the one whose keeping of the
 * configured ruleset collides with the other's serves what the other activated, rather than failing.
 */
class SimultaneousFirstStartTest {

    @TempDir
    Path compiledFolder;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MsetMetrics metrics = new MsetMetrics(registry);

    @Test
    void theInstanceThatLosesTheRaceServesWhatTheOtherActivated() {
        RulesetStore store = mock(RulesetStore.class);
        when(store.lastActivated()).thenReturn(Optional.empty(), Optional.empty(), Optional.of("2026.12.2"));
        doThrow(new DuplicateKeyException("ruleset version 2026.12.2 exists"))
                .when(store)
                .keep(any(), any(), any(), any(), any());
        when(store.files("2026.12.2")).thenReturn(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

        ActiveRuleset active = new ActiveRuleset(RulesetSettingsFor.compiledIn(""), store, folder(), metrics);
        active.start();

        assertThat(active.engine().identity().version()).isEqualTo("2026.12.2");
        verify(store, never()).recordActivation(any());
    }

    @Test
    void theInstanceThatKeepsTheRulesetSecondDoesNotRecordASecondFirstStart() {
        // Found by an operator: the other instance had kept the ruleset a moment before, so keeping it here
        // changed nothing and raised nothing, and both instances recorded a first start.
        RulesetStore store = mock(RulesetStore.class);
        when(store.lastActivated()).thenReturn(Optional.empty(), Optional.of("2026.12.2"));
        when(store.recordFirstActivation(any())).thenReturn(false);
        when(store.files("2026.12.2")).thenReturn(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

        ActiveRuleset active = new ActiveRuleset(RulesetSettingsFor.compiledIn(""), store, folder(), metrics);
        active.start();

        assertThat(active.engine().identity().version()).isEqualTo("2026.12.2");
        verify(store, never()).recordActivation(any());
    }

    @Test
    void theServingRulesetsCountOfStoppedDecisionsIsShownAtZeroBeforeAnyDecision() {
        // Registered with the first decision instead, a first decision that was stopped started it at 1, and
        // an alert on its increase never saw that stop.
        RulesetStore store = mock(RulesetStore.class);
        when(store.lastActivated()).thenReturn(Optional.of("2026.12.2"));
        when(store.files("2026.12.2")).thenReturn(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

        ActiveRuleset active = new ActiveRuleset(RulesetSettingsFor.compiledIn(""), store, folder(), metrics);
        active.start();

        assertThat(registry.get("mset.rules.overran")
                        .tag("ruleset_version", "2026.12.2")
                        .counter()
                        .count())
                .isZero();
    }

    private CompiledRulesetFolder folder() {
        return new CompiledRulesetFolder(
                RulesetSettingsFor.compiledIn(compiledFolder.toString()),
                new AuditKeys(
                        new AuditSettings(
                                "X9s6RPpTLN8ew0PIVCEC7YelPL3rqYDog+VvAj1bW9Q=",
                                "TdDQRzGaXtvGto7BwcZ6Cr3Uq2Pqf+kd3jvnKPk+1Dw=",
                                "EuKltEXfE71wWQqWtw80//fkZwbtL5m3aks1KcVPf44=",
                                "3Wq0m8c9yq3p0XhJ1vQkS0b1s5dY2mA6tq1n4bq7ZrM=",
                                Duration.ofDays(2192),
                                Duration.ofHours(1),
                                Duration.ofMillis(250),
                                null),
                        new MockEnvironment()));
    }
}
