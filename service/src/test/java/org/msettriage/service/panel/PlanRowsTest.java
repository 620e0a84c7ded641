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

    @Test
    void aProblemIsAboutTheFieldOfTheRowTheCoordinatorFilledIn() {
        // Row 2 of the form was left empty: the plan's second action is the form's third row.
        PlanRows rows = PlanRows.of(
                List.of("", "", ""),
                List.of("Visit", "", "Call"),
                List.of("", "POLICE", "POLICE"),
                List.of("", "", "x"));

        assertThat(rows.formField("/plan/1/dueBy").id(2)).isEqualTo("plan-due-2-3");
        assertThat(rows.formField("/plan/0/leadAgency").id(2)).isEqualTo("plan-lead-2-1");
        assertThat(rows.formField("/plan/1/code").id(1)).isEqualTo("plan-code-1-3");
        assertThat(rows.formField("/plan/1").id(1))
                .as("code or words: the row's first field")
                .isEqualTo("plan-code-1-3");
        assertThat(rows.formField("/plan").id(1)).as("the first row given").isEqualTo("plan-code-1-1");
        assertThat(rows(List.of("", "")).formField("/plan").id(1)).isEqualTo("plan-code-1-1");
        assertThat(rows.formField("/outcome").id(4)).as("its first choice").isEqualTo("outcome-4-plan");
        assertThat(rows.formField("/reason").id(3)).isEqualTo("reason-3");
        assertThat(rows.formField("/exitReason").id(3)).isEqualTo("exit-reason-3");
        assertThat(rows.formField("/exitText").id(3)).isEqualTo("exit-text-3");
        assertThat(rows.formField("/decisionId")).as("a hidden field").isNull();
        assertThat(rows.formField("/corrects")).isNull();
    }

    /** Rows in words, each with a lead agency (as the form always sends one) and no date. */
    private static PlanRows rows(List<String> texts) {
        List<String> none = Collections.nCopies(texts.size(), "");
        return PlanRows.of(none, texts, Collections.nCopies(texts.size(), "POLICE"), none);
    }
}
