package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.AuditVerification.Kind;
import org.msettriage.service.audit.AuditVerification.Problem;
import org.msettriage.service.audit.MissingLinks;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.audit.WhenNotIntact;

/** What `mset audit verify` prints: a decision by its id as before, a panel outcome said to be one. */
class AuditTextTest {

    @Test
    void eachProblemNamesItsRecordAndAnOutcomeIsSaidToBeOne() {
        UUID decision = UUID.fromString("01a23aa3-0000-7000-8000-000000000001");
        UUID outcome = UUID.fromString("01a23aa3-0000-7000-8000-000000000002");
        AuditVerification result = new AuditVerification(
                OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC),
                7,
                0,
                0,
                Optional.of(new AuditVerification.Head(7, "ab".repeat(32))),
                List.of(
                        new Problem(decision, RecordKind.DECISION, Kind.CHANGED, 3L, "its stored fields differ"),
                        new Problem(outcome, RecordKind.OUTCOME, Kind.CHANGED, 5L, "its details differ"),
                        new Problem(null, null, Kind.REMOVED, 6L, "the seal at position 6 is gone")),
                3);

        assertThat(AuditText.of(result).lines())
                .containsExactly(
                        "NOT INTACT: 3 problem(s)",
                        "7 sealed record(s) checked (of every kind the chain seals), 0 awaiting their seal, 0 with"
                                + " personal content removed",
                        "Head: position 7, chain MAC " + "ab".repeat(32)
                                + " (keep a copy: a later head must extend it)",
                        "CHANGED    " + decision + " at position 3: its stored fields differ",
                        "CHANGED    panel outcome " + outcome + " at position 5: its details differ",
                        "REMOVED    (unknown record) at position 6: the seal at position 6 is gone",
                        "What to do:",
                        "1. " + WhenNotIntact.STEPS.get(0),
                        "2. " + WhenNotIntact.STEPS.get(1),
                        "3. " + WhenNotIntact.STEPS.get(2),
                        "4. " + WhenNotIntact.STEPS.get(3));
    }

    @Test
    void aKeptHeadThatMatchesIsSaidToMatch() {
        String text =
                AuditText.of(checked(new AuditVerification.KeptHeadCheck(7, "ab".repeat(32), true), List.of(), 0));

        assertThat(text.lines()).doesNotContain("What to do:");
        assertThat(text.lines())
                .contains(
                        "INTACT",
                        "The head you kept, position 7, matches: the link there is still the one you kept,"
                                + " so the chain was not cut short of it.");
    }

    @Test
    void aKeptHeadThatDoesNotMatchIsSaidNotTo() {
        Problem cut = new Problem(null, null, Kind.REMOVED, 9L, "the chain ends at position 7: links were cut");
        String text =
                AuditText.of(checked(new AuditVerification.KeptHeadCheck(9, "cd".repeat(32), false), List.of(cut), 1));

        assertThat(text.lines())
                .contains("The head you kept, position 9, does NOT match: see the problem at position 9.")
                .noneMatch(line -> line.contains("matches"));
    }

    @Test
    void everyPositionMissingFromTheChainIsNamedInOneSentence() {
        AuditVerification result = new AuditVerification(
                OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC),
                5,
                0,
                0,
                Optional.of(new AuditVerification.Head(8, "ab".repeat(32))),
                List.of(new Problem(null, null, Kind.REMOVED, 4L, "the seal at position 4 is gone")),
                3,
                Optional.empty(),
                Optional.of(new MissingLinks(3, List.of(4L, 5L, 6L), List.of())));

        assertThat(AuditText.of(result).lines()).contains("3 links are missing from the chain: positions 4, 5 and 6.");
    }

    private static AuditVerification checked(AuditVerification.KeptHeadCheck kept, List<Problem> problems, long total) {
        return new AuditVerification(
                OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC),
                7,
                0,
                0,
                Optional.of(new AuditVerification.Head(7, "ab".repeat(32))),
                problems,
                total,
                Optional.of(kept),
                Optional.empty());
    }
}
