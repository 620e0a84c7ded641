package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msettriage.api.model.ImpactBreakdownDto;
import org.msettriage.service.impact.ImpactJobs;
import org.msettriage.service.ruleset.ActivationProposals;

/** Codes as the rules workbench writes them for a reader. */
class RulesWordsTest {

    private static final Map<ImpactBreakdownDto.DimensionEnum, String> TITLES = Map.of(
            ImpactBreakdownDto.DimensionEnum.GENDER, "Gender",
            ImpactBreakdownDto.DimensionEnum.AGE_BAND, "Age",
            ImpactBreakdownDto.DimensionEnum.CARE_STATUS, "Care status",
            ImpactBreakdownDto.DimensionEnum.LOCAL_AUTHORITY, "Local authority");

    private final RulesWords words = new RulesWords();

    @Test
    void codesReadAsWords() {
        // A level, a route or a local authority reads as the other pages name it, by its own table.
        assertThat(words.pathway("PRE_MSET")).isEqualTo("Pre-MSET screening");
        assertThat(words.level("NONE")).isEqualTo("No identified risk");
        assertThat(words.group("localAuthority", "NORTH_TYNESIDE")).isEqualTo("North Tyneside");
        // A policy lead's trial: a table saved as Latin-1 was filed under "cannot be part of a ruleset".
        assertThat(words.problem(org.msettriage.rules.engine.RulesetProblem.Kind.FILES))
                .isEqualTo("A file missing, unreadable, or not part of a ruleset");
    }

    @Test
    void aGroupReadsInItsCharacteristicsWords() {
        // NONE is a level elsewhere; among care statuses it is a child not known to social care.
        assertThat(words.group("careStatus", "NONE")).isEqualTo("Not known to children's social care");
        assertThat(words.group("careStatus", "LOOKED_AFTER_S20")).isEqualTo("Looked after (section 20, by agreement)");
        assertThat(words.group("localAuthority", "NORTH_TYNESIDE")).isEqualTo("North Tyneside");
        assertThat(words.group("gender", "FEMALE")).isEqualTo("Female");
        // The age bands come from the ruleset's own ages, and a characteristic not given is said so.
        assertThat(words.group("ageBand", "UNDER_13")).isEqualTo("Under 13");
        assertThat(words.group("ageBand", "13_TO_15")).isEqualTo("13 to 15");
        assertThat(words.group("gender", "NOT_GIVEN")).isEqualTo("Not given");
    }

    @ParameterizedTest
    @EnumSource(ImpactBreakdownDto.DimensionEnum.class)
    void everyCharacteristicAReportCanBreakDownByHasItsTitle(ImpactBreakdownDto.DimensionEnum characteristic) {
        // A characteristic added to the contract fails here until it is given a title and its groups' table,
        // which are one entry: the workbench never names one by its code.
        assertThat(words.dimension(characteristic.getValue())).isEqualTo(TITLES.get(characteristic));
    }

    @Test
    void anOldCopysWarningLeavesTheApiAddressToThePagesLink() {
        org.msettriage.rules.candidate.RulesetWarning revert = new org.msettriage.rules.candidate.RulesetWarning(
                org.msettriage.rules.candidate.RulesetWarning.Kind.LIKELY_REVERT,
                "",
                0,
                "is closer to the earlier ruleset 2026.11.0 (3 lines differ) than to the active 2026.12.2 (9 lines"
                        + " differ): it may have started from an old copy. Start from the active ruleset: GET"
                        + " /api/v1/rulesets/2026.12.2/files");

        assertThat(words.warningText(revert))
                .isEqualTo("is closer to the earlier ruleset 2026.11.0 (3 lines differ) than to the active 2026.12.2"
                        + " (9 lines differ): it may have started from an old copy")
                .doesNotContain("/api/");
    }

    @Test
    void aRejectionByItsOwnProposerReadsAsAWithdrawalAndAnotherLeadsAsARejection() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-06T12:00:00Z");
        // A user trial read a withdrawal as "Rejected", reviewed by the one who proposed it.
        assertThat(words.outcome(reviewed(ActivationProposals.State.REJECTED, "API_KEY:demo-policy-lead"), now))
                .isEqualTo("Withdrawn by demo-policy-lead");
        assertThat(words.outcome(reviewed(ActivationProposals.State.REJECTED, "API_KEY:demo-second-policy-lead"), now))
                .isEqualTo("Rejected by demo-second-policy-lead");
        assertThat(words.outcome(reviewed(ActivationProposals.State.APPROVED, "API_KEY:demo-second-policy-lead"), now))
                .isEqualTo("Approved by demo-second-policy-lead");
        assertThat(words.outcome(reviewed(ActivationProposals.State.PENDING, null), now.plusDays(8)))
                .isEqualTo("Lapsed without review");
    }

    /** A proposal by demo-policy-lead, made a day before 6 December 2026 noon, as it stands after a review. */
    private static ActivationProposals.Proposal reviewed(ActivationProposals.State state, String reviewedBy) {
        OffsetDateTime proposedAt = OffsetDateTime.parse("2026-12-05T12:00:00Z");
        return new ActivationProposals.Proposal(
                UUID.randomUUID(),
                "2026.12.1",
                proposedAt,
                "API_KEY:demo-policy-lead",
                "Weigh current vulnerabilities more",
                List.of(),
                "2026.11.0",
                proposedAt.plusDays(7),
                state,
                reviewedBy == null ? null : proposedAt.plusHours(2),
                reviewedBy,
                reviewedBy == null ? null : "A reason");
    }

    @Test
    void callersReadAsTheirNames() {
        assertThat(words.who("API_KEY:demo-policy-lead")).isEqualTo("demo-policy-lead");
        assertThat(words.who("JWT:alice")).isEqualTo("alice (signed in by the identity provider)");
        assertThat(words.who("service")).isEqualTo("the service itself");
    }

    @Test
    void aShadowsEligibilitySaysEachAnswerAndWhichRulesGiveIt() {
        assertThat(words.eligibilityChange(true, true, false, true))
                .isEqualTo("Pre-MSET: yes under both; MSET panel: yes under the shadow, no under the serving rules");
        assertThat(words.eligibilityChange(true, false, false, false))
                .isEqualTo("Pre-MSET: no under the shadow, yes under the serving rules; MSET panel: no under both");
    }

    @Test
    void aCardSaysWhatADoneImpactReportComparedTheCandidateWith() {
        UUID job = UUID.randomUUID();
        assertThat(words.impactOnCard(new ImpactJobs.Replay(job, "2026.11.0", ImpactJobs.State.DONE), "2026.11.0"))
                .isEqualTo("(compared with ruleset 2026.11.0, which served when the report was made and serves now)");
        assertThat(words.impactOnCard(new ImpactJobs.Replay(job, "2026.11.0", ImpactJobs.State.DONE), "2026.12.1"))
                .isEqualTo("(compared with ruleset 2026.11.0, which served when the report was made;"
                        + " ruleset 2026.12.1 serves now)");
    }

    @Test
    void aCardSaysAnImpactReportNotYetDoneIsBeingMadeAndComparedNothingYet() {
        UUID job = UUID.randomUUID();
        // A trial: the card said what a report still running had compared the candidate with.
        assertThat(words.impactOnCard(new ImpactJobs.Replay(job, "2026.11.0", ImpactJobs.State.RUNNING), "2026.11.0"))
                .isEqualTo("Replaying: its impact report is being made.");
        assertThat(words.impactOnCard(new ImpactJobs.Replay(job, "2026.11.0", ImpactJobs.State.QUEUED), "2026.11.0"))
                .isEqualTo("Waiting to start: its impact report is being made.");
    }

    @Test
    void aCardSaysAFailedImpactReportLeftNoneAndHowToAskForAnother() {
        String said = words.impactOnCard(
                new ImpactJobs.Replay(UUID.randomUUID(), "2026.11.0", ImpactJobs.State.FAILED), "2026.11.0");
        assertThat(said)
                .isEqualTo("Failed: its impact report could not be made, so there is none to read."
                        + " Replay past decisions through it again to ask for another.")
                .doesNotContain("compared with");
    }
}
