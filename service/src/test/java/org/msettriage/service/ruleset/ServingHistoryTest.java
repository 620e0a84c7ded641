package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.ChangeWarnings.Served;

/** When each kept ruleset served, from the activations, through a rollback. */
class ServingHistoryTest {

    @Test
    void aRolledBackToRulesetServedTwiceAndTheOneRolledBackFromServedBetween() {
        // Newest first, as the store lists them: 2026.12.0 served, then 2026.12.1, then 2026.11.9 was
        // activated (a later ruleset with an older-looking name), then a rollback to 2026.12.1.
        List<RulesetStore.Activation> newestFirst = List.of(
                activation("2026.12.1", RulesetStore.Kind.ROLLBACK, 4),
                activation("2026.11.9", RulesetStore.Kind.ACTIVATE, 3),
                activation("2026.12.1", RulesetStore.Kind.ACTIVATE, 2),
                activation("2026.12.0", RulesetStore.Kind.FIRST_START, 1));

        assertThat(ServingHistory.of(newestFirst))
                .containsOnlyKeys("2026.12.0", "2026.12.1", "2026.11.9")
                .containsEntry("2026.12.0", List.of(new Served(day(1), day(2))))
                .containsEntry("2026.12.1", List.of(new Served(day(2), day(3)), new Served(day(4), null)))
                .containsEntry("2026.11.9", List.of(new Served(day(3), day(4))));
    }

    private static RulesetStore.Activation activation(String version, RulesetStore.Kind kind, int day) {
        return new RulesetStore.Activation(version, kind, day(day), "API_KEY:demo-policy-lead", "why", List.of());
    }

    private static OffsetDateTime day(int day) {
        return OffsetDateTime.parse("2026-12-0" + day + "T09:00:00Z");
    }
}
