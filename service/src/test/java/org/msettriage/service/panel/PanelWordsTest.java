package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.words.CodeWords;

/** Every code of the panel's records reads as words from the one table, never as itself. */
class PanelWordsTest {

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
    void aCodeOfUnknownKindReadsAsTheWordsOfTheTableThatKnowsIt() {
        assertThat(CodeWords.any("SIGNIFICANT")).isEqualTo("Significant");
        assertThat(CodeWords.any("MSET_PANEL")).isEqualTo("MSET panel");
        assertThat(CodeWords.any("WITHIN_72_HOURS")).isEqualTo("Within 72 hours");
        assertThat(CodeWords.any("SOMETHING_NEW")).isEqualTo("Something new");
    }

    @Test
    void aRiskLevelAsAHeadingSaysRiskOnce() {
        // Found by a coordinator: the agenda's heading read "No identified risk risk".
        assertThat(CodeWords.riskLevelPhrase("NONE")).isEqualTo("No identified risk");
        assertThat(CodeWords.riskLevelPhrase("SIGNIFICANT")).isEqualTo("Significant risk");
    }
}
