package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.FieldProblem;

/**
 * An outcome's problems as the coordinator reads the form: a panel coordinator's trial was told an
 * action's due date before its lead agency, which the form's row gives first.
 */
class ProblemsInFormOrderTest {

    @Test
    void anActionsProblemsFollowItsRowAndActionsTheirNumbers() {
        List<FieldProblem> problems = new ArrayList<>(List.of(
                new FieldProblem("/plan/10/code", "x"),
                new FieldProblem("/plan/1/dueBy", "x"),
                new FieldProblem("/reason", "x"),
                new FieldProblem("/plan/1/leadAgency", "x"),
                new FieldProblem("/plan/1", "x"),
                new FieldProblem("/outcome", "x"),
                new FieldProblem("/plan/1/text", "x")));

        problems.sort(PanelHearings.IN_FORM_ORDER);

        assertThat(problems)
                .extracting(FieldProblem::pointer)
                .containsExactly(
                        "/outcome",
                        "/plan/1",
                        "/plan/1/text",
                        "/plan/1/leadAgency",
                        "/plan/1/dueBy",
                        "/plan/10/code",
                        "/reason");
    }
}
