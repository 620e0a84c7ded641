package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.TriageRequestDto;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A field the contract does not have is named when its name is of the API's form, so an integrator can
 * find the misspelling; any other name (markup, a control character, a person's name, one of any length)
 * is never repeated: the problem points at its object and says its place there.
 */
class UnknownFieldNamesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RequestShapeCheck shape = new RequestShapeCheck(JSON.getTypeFactory());

    @Test
    void aNameOfTheApisFormIsNamedByItsOwnPointer() {
        for (String name : List.of("comentt", "child_ref2", "_id", "x".repeat(64))) {
            assertThat(FieldProblem.unknownField("/child", name, 3, RequestShapeCheck.NOT_A_FIELD))
                    .as(name)
                    .isEqualTo(new FieldProblem("/child/" + name, RequestShapeCheck.NOT_A_FIELD));
        }
    }

    @Test
    void anyOtherNameIsWithheldAndTheFieldPlacedByItsObjectAndPosition() {
        List<String> hostile = List.of(
                "<img src=x onerror=alert(1)>", "Jane Smith", "bell\u0007", "x".repeat(65), "07700900123", "", "a/b");
        for (String name : hostile) {
            FieldProblem problem = FieldProblem.unknownField("/child", name, 3, RequestShapeCheck.NOT_A_FIELD);

            assertThat(problem.pointer()).as(name).isEqualTo("/child");
            assertThat(problem.message())
                    .as(name)
                    .startsWith("field number 3 of this object")
                    .endsWith(RequestShapeCheck.NOT_A_FIELD)
                    .doesNotContain(name.isEmpty() ? "\"\"" : name);
            // Still set aside by where it is, so the rest of the body can be read.
            assertThat(problem.node()).as(name).isEqualTo(FieldProblem.child("/child", name));
        }
    }

    @Test
    void theShapeCheckCountsTheFieldsOfEachObjectInTheOrderSent() {
        ObjectNode body = JSON.createObjectNode();
        body.put("referralId", "R-1");
        body.put("<b>Jane</b>", 1);
        body.putObject("child").put("ageYears", 14).put("Jane Smith", true);

        List<FieldProblem> problems = shape.check(body, TriageRequestDto.class);

        assertThat(problems)
                .extracting(FieldProblem::pointer, FieldProblem::node)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", "/<b>Jane<~1b>"),
                        org.assertj.core.groups.Tuple.tuple("/child", "/child/Jane Smith"));
        assertThat(problems.get(0).message()).startsWith("field number 2 of this object");
        assertThat(problems.get(1).message()).startsWith("field number 2 of this object");
    }

    @Test
    void aSetAsideNameHidesNoProblemFoundLaterElsewhereInItsObject() {
        FieldProblem withheld = FieldProblem.unknownField("", "Jane Smith", 1, RequestShapeCheck.NOT_A_FIELD);
        FieldProblem later = new FieldProblem("/localAuthority", "is required");

        assertThat(BadNodes.notCoveredBy(List.of(withheld), List.of(later))).containsExactly(later);
    }
}
