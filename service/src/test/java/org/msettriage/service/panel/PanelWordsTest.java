package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.words.CodeWords;

/** Every code of the panel's records reads as words from the one table, never as itself. */
class PanelWordsTest {

    private static final ReportSettings LONDON = new ReportSettings(5, 5, ZoneId.of("Europe/London"));

    @Test
    void aMomentIsWrittenInThePartnershipsTimeZoneAndNamesIt() {
        PanelWords words = new PanelWords(null, LONDON);

        assertThat(words.moment(OffsetDateTime.parse("2026-11-12T10:00:00Z"))).isEqualTo("12 November 2026, 10:00 GMT");
        assertThat(words.moment(OffsetDateTime.parse("2026-07-01T09:30:00Z"))).isEqualTo("1 July 2026, 10:30 BST");
        // An assessment sent with another offset is the same moment, written the same way.
        assertThat(words.moment(OffsetDateTime.parse("2026-11-12T11:00:00+01:00")))
                .isEqualTo("12 November 2026, 10:00 GMT");
    }

    @Test
    void everyOutcomeExitReasonAgendaItemAndLeadAgencyHasWords() {
        Stream.of(
                        Stream.of(PanelOutcome.Kind.values()).map(k -> CodeWords.panelOutcome(k) + "|" + k),
                        Stream.of(PanelOutcome.ExitReason.values()).map(r -> CodeWords.exitReason(r) + "|" + r),
                        Stream.of(PanelAgenda.ItemKind.values()).map(i -> CodeWords.agendaItem(i) + "|" + i),
                        Stream.of(PanelOutcome.LeadAgency.values()).map(a -> CodeWords.agency(a) + "|" + a))
                .flatMap(s -> s)
                .forEach(pair -> {
                    String[] wordsAndCode = pair.split("\\|");
                    assertThat(wordsAndCode[0])
                            .as(wordsAndCode[1])
                            .isNotEqualTo(wordsAndCode[1])
                            .doesNotContain("_");
                });
    }

    @Test
    void anActionDueBeforeTheMeetingsDayBeganInThePartnershipsZoneIsDueBeforeIt() {
        PanelWords words = new PanelWords(null, LONDON);
        LocalDate meeting = LocalDate.parse("2026-07-10");

        // Midnight in London in summer is 23:00 UTC the day before.
        assertThat(words.dueBefore(OffsetDateTime.parse("2026-07-09T22:59:00Z"), meeting))
                .isTrue();
        assertThat(words.dueBefore(OffsetDateTime.parse("2026-07-09T23:00:00Z"), meeting))
                .isFalse();
    }

    @Test
    void aCodeOfUnknownKindReadsAsTheWordsOfTheTableThatKnowsIt() {
        assertThat(CodeWords.any("SIGNIFICANT")).isEqualTo("Significant");
        assertThat(CodeWords.any("MSET_PANEL")).isEqualTo("MSET panel");
        assertThat(CodeWords.any("WITHIN_72_HOURS")).isEqualTo("Within 72 hours");
        assertThat(CodeWords.any("SOMETHING_NEW")).isEqualTo("Something new");
    }

    @Test
    void aValueTheApiDoesNotAllowIsSaidAsTheChoicesThePageOffersInWords() {
        PanelWords words = new PanelWords(null, LONDON);
        String outcome = words.inWords(org.msettriage.service.problem.AllowedValues.oneOf(
                Stream.of(PanelOutcome.Kind.values()).map(Enum::name).toList()));
        String exit = words.inWords(org.msettriage.service.problem.AllowedValues.oneOf(
                Stream.of(PanelOutcome.ExitReason.values()).map(Enum::name).toList()));
        String lead = words.inWords(org.msettriage.service.problem.AllowedValues.oneOf(
                Stream.of(PanelOutcome.LeadAgency.values()).map(Enum::name).toList()));

        assertThat(outcome)
                .isEqualTo("is not one of the choices the page offers: choose \u201cPlan agreed\u201d, \u201cNot"
                        + " heard\u201d or \u201cExited MSET\u201d");
        assertThat(exit).contains("\u201cTurned 18, moved to adult services\u201d", " or \u201cAnother reason\u201d");
        assertThat(lead).contains("\u201cChildren's social care\u201d", " or \u201cAnother agency\u201d");
        assertThat(words.inWords("must be one of [SOMETHING_ELSE]"))
                .isEqualTo("is not one of the choices the page offers");
        assertThat(outcome + exit + lead)
                .doesNotContainPattern("[A-Z]{2,}_|\\[|\\]")
                .doesNotContain("must be one of");
        assertThat(words.inWords("is only for an agreed plan (PLAN_AGREED)")).isEqualTo("is only for an agreed plan");
    }

    @Test
    void aRiskLevelAsAHeadingSaysRiskOnce() {
        // Found by a coordinator: the agenda's heading read "No identified risk risk".
        assertThat(CodeWords.riskLevelPhrase("NONE")).isEqualTo("No identified risk");
        assertThat(CodeWords.riskLevelPhrase("SIGNIFICANT")).isEqualTo("Significant risk");
    }
}
