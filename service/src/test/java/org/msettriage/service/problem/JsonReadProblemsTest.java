package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** Found by an integrator: valid JSON the reader refused was "not valid JSON", naming no field. */
class JsonReadProblemsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void aKeyGivenTwiceIsNamedWhereItIs() {
        FieldProblem problem = problemOf("{\"referralId\": \"a\", \"child\": {\"ageYears\": 9, \"ageYears\": 10}}");

        assertThat(problem.pointer()).isEqualTo("/child/ageYears");
        assertThat(problem.message()).isEqualTo("the field \"ageYears\" is given twice in one object; give it once");
    }

    @Test
    void aNumberTooLongToReadSaysSoWithTheCountsOnly() {
        FieldProblem problem = problemOf("{\"child\": {\"ageYears\": " + "9".repeat(5000) + "}}");

        assertThat(problem.message()).isEqualTo("a number in the body has 5000 digits; a number may have at most 1000");
    }

    @Test
    void aBodyNestedTooDeepSaysHowDeepItMayBe() {
        FieldProblem problem = problemOf("{\"indicators\": " + "[".repeat(2000) + "]}");

        assertThat(problem.message())
                .startsWith("the body nests objects and arrays ")
                .contains("deep; at most ");
    }

    @Test
    void brokenJsonIsPlacedAtItsFieldAndLine() {
        FieldProblem problem = problemOf("{\"child\": {\"ageYears\": tru}}");

        assertThat(problem.pointer()).isEqualTo("/child/ageYears");
        assertThat(problem.message()).isEqualTo("the body is not valid JSON (line 1, column 24)");
    }

    @Test
    void aFieldNameThatIsNotTheContractsIsNeverRepeated() {
        // A key a caller made of a child's name must not come back in the answer, or reach a log with it.
        FieldProblem twice = problemOf("{\"Amy Smith\": 1, \"Amy Smith\": 2}");
        FieldProblem broken = problemOf("{\"Amy Smith\": tru}");

        assertThat(twice.pointer()).isEmpty();
        assertThat(twice.message()).doesNotContain("Amy");
        // The mistake is still said: well-formed JSON called "not valid" sent an integrator hunting for a typo.
        assertThat(twice.message()).isEqualTo("a field is given twice in one object (line 1, column 29); give it once");
        // However long, and with a quote in it: neither cut short nor repeated in part (the review).
        FieldProblem long_ = problemOf("{\"" + "a".repeat(80) + "\": 1, \"" + "a".repeat(80) + "\": 2}");
        FieldProblem quoted = problemOf("{\"Amy\\\"Smith\": 1, \"Amy\\\"Smith\": 2}");
        assertThat(long_.message()).startsWith("a field is given twice in one object");
        assertThat(quoted.message())
                .startsWith("a field is given twice in one object")
                .doesNotContain("Amy");
        assertThat(broken.pointer()).isEmpty();
        assertThat(broken.message()).doesNotContain("Amy");
    }

    private static FieldProblem problemOf(String body) {
        JacksonException refused = catchThrowableOfType(
                JacksonException.class,
                () -> MAPPER.reader()
                        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .readTree(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).as("the reader refuses " + body).isNotNull();
        return JsonReadProblems.of(refused);
    }
}
