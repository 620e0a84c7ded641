package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.impact.ImpactJobs;

/** The impact page says what a job replayed: every decision, or those of the days asked for. */
class ImpactScopeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static ImpactJobs.Job job(OffsetDateTime from, OffsetDateTime before, Boolean scenarios) {
        return new ImpactJobs.Job(
                UUID.randomUUID(),
                "2027.1.0",
                "2026.12.2",
                OffsetDateTime.parse("2027-01-05T10:00:00Z"),
                "API_KEY:demo-policy-lead",
                ImpactJobs.State.DONE,
                0,
                0,
                null,
                null,
                null,
                null,
                from,
                before,
                scenarios);
    }

    @Test
    void aJobOverEveryDecisionSaysSo() {
        assertThat(RulesImpactPage.scope(job(null, null, true), LONDON))
                .isEqualTo("Every stored decision and every scenario");
        // A job started before the scope was recorded says nothing of the scenarios it cannot know.
        assertThat(RulesImpactPage.scope(job(null, null, null), LONDON))
                .isEqualTo("Every stored decision and every scenario");
    }

    @Test
    void aJobOverSomeDaysNamesThemInTheReportsTimeZone() {
        // Midnight in London on 1 July is 23:00 UTC on 30 June: the day is the one the request gave.
        OffsetDateTime july = OffsetDateTime.parse("2026-06-30T23:00:00Z");
        OffsetDateTime august = OffsetDateTime.parse("2026-07-31T23:00:00Z");

        assertThat(RulesImpactPage.scope(job(july, august, false), LONDON))
                .isEqualTo("The stored decisions made from 1 July 2026 and before 1 August 2026 (not the scenarios)");
        assertThat(RulesImpactPage.scope(job(july, null, true), LONDON))
                .isEqualTo("The stored decisions made from 1 July 2026 and every scenario");
        assertThat(RulesImpactPage.scope(job(null, august, true), LONDON))
                .isEqualTo("The stored decisions made before 1 August 2026 and every scenario");
    }
}
