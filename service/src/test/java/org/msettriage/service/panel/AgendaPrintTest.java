package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgendaPrintTest {

    @Test
    void namesTheMeetingInTheTopMarginOfEveryPrintedPage() {
        assertThat(AgendaPrint.runningHead("North Tyneside", LocalDate.of(2027, 1, 9)))
                .startsWith("@media print")
                .contains("@top-left")
                .contains("content: \"Agenda of the MSET panel, North Tyneside, Saturday 9 January 2027\";");
    }

    @Test
    void aQuoteInTheWordsCannotEndTheCssString() {
        assertThat(AgendaPrint.runningHead("O\"Neil\\", LocalDate.of(2027, 1, 9)))
                .contains("content: \"Agenda of the MSET panel, O\\\"Neil\\\\, Saturday 9 January 2027\";");
    }
}
