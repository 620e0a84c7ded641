package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan refused as a whole names the rows of the form it was given in, so a coordinator correcting an
 * agreed plan to another outcome knows which filled-in rows to clear; a plan of no rows is just the plan.
 */
class PlanRowsTest {

    @Test
    void aPlanRefusedWholeNamesItsRowsOnTheForm() {
        assertThat(rows(List.of("", "Visit", "")).field("/plan")).isEqualTo("The plan, in action 2 of the form,");
        assertThat(rows(List.of("A", "B")).field("/plan")).isEqualTo("The plan, in actions 1 and 2 of the form,");
        assertThat(rows(List.of("A", "B", "C", "D", "E", "F")).field("/plan"))
                .isEqualTo("The plan, in actions 1 to 6 of the form,");
        assertThat(rows(List.of("A", "", "C", "D", "", "F", "G", "H")).field("/plan"))
                .isEqualTo("The plan, in actions 1, 3, 4 and 6 to 8 of the form,");
        assertThat(rows(List.of("", "")).field("/plan")).isEqualTo("The plan");
    }

    /** Rows in words, each with a lead agency (as the form always sends one) and no date. */
    private static PlanRows rows(List<String> texts) {
        List<String> none = Collections.nCopies(texts.size(), "");
        return PlanRows.of(none, texts, Collections.nCopies(texts.size(), "POLICE"), none);
    }
}
