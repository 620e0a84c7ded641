package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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
    void aCountedListSaysHowOftenAndNoneWhenEmpty() {
        Map<String, Long> counted = new TreeMap<>(Map.of("PRE_EXPLOITATION", 1L, "PRE_INTELLIGENCE", 2L, "X", 3L));

        assertThat(ScenarioCheck.listed(counted)).isEqualTo("PRE_EXPLOITATION, PRE_INTELLIGENCE (twice), X (3 times)");
        assertThat(ScenarioCheck.listed(Map.of())).isEqualTo("none");
    }
}
