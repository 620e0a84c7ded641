package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.ScenarioMismatch;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a broken scenario says, as a policy lead reads it on the workbench and the command line: which
 * answer differs (Pre-MSET's reasons told from the panel's), and lists written out, not as program
 * notation.
 */
class ScenarioCheckWordsTest {

    private static Scenario example() {
        return ScenarioRun.get().scenarios.stream()
                .filter(s -> s.file().contains("repeat-missing-found-with-adult-in-car"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachAnswersReasonsAreNamedAndListsReadAsWords() {
        Scenario scenario = example();
        ObjectNode expected = (ObjectNode) scenario.expected().deepCopy();
        ((ObjectNode) expected.get("msetPanel")).putArray("reasons").addObject().put("code", "NOT_A_REASON");
        ObjectNode used = (ObjectNode) expected.get("indicatorsUsed").get(0);
        used.put("points", used.get("points").asInt() + 7);

        List<String> problems =
                ScenarioCheck.mismatches(expected, ScenarioRun.get().decision(scenario));

        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("msetPanel.reasons: expected NOT_A_REASON but was "));
        assertThat(problems)
                .anySatisfy(p ->
                        assertThat(p).startsWith("indicatorsUsed: expected ").contains(" points"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).containsAnyOf("{", "=1", "derived=", "raised="));
        assertThat(problems).noneSatisfy(p -> assertThat(p).startsWith("reasons:"));
    }

    @Test
    void eachChangedOutcomeIsGivenAsDataThatSaysWhatItsWordsSay() {
        Scenario scenario = example();
        ObjectNode expected = (ObjectNode) scenario.expected().deepCopy();
        ((ObjectNode) expected.get("msetPanel")).putArray("reasons").addObject().put("code", "NOT_A_REASON");
        expected.put("colour", "red");

        List<ScenarioCheck.Problem> problems =
                ScenarioCheck.problems(expected, ScenarioRun.get().decision(scenario));

        assertThat(problems)
                .filteredOn(p -> p.mismatch() != null)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.mismatch().field()).isEqualTo("msetPanel.reasons");
                    assertThat(p.mismatch().shape()).isEqualTo(ScenarioMismatch.Shape.COUNTED);
                    assertThat(p.mismatch().expected()).containsExactly("NOT_A_REASON");
                    assertThat(p.message()).isEqualTo(p.mismatch().inWords());
                });
        assertThat(problems)
                .as("a field the check does not know is a slip, said in words only")
                .filteredOn(p -> p.mismatch() == null)
                .extracting(ScenarioCheck.Problem::message)
                .containsExactly("expected field 'colour' is not checked by this harness");
    }

    @Test
    void aCountedListSaysHowOftenAndNoneWhenEmpty() {
        ScenarioMismatch reasons = new ScenarioMismatch(
                null,
                "preMset.reasons",
                null,
                ScenarioMismatch.Shape.COUNTED,
                List.of("X", "PRE_INTELLIGENCE", "X", "PRE_EXPLOITATION", "PRE_INTELLIGENCE", "X"),
                List.of());

        assertThat(reasons.inWords())
                .isEqualTo("preMset.reasons: expected PRE_EXPLOITATION, PRE_INTELLIGENCE (twice), X (3 times) but was"
                        + " none");
    }
}
