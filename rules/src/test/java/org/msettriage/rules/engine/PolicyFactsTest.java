package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.policy.IndicatorDefinition;
import org.msettriage.rules.policy.PointsEntry;
import org.msettriage.rules.policy.PolicyLookup;
import org.msettriage.rules.scenario.Scenario;

/**
 * Each evaluation is given only the policy facts its rules read: the packaged ruleset looks indicator
 * and points rows up in one PolicyLookup fact, while a ruleset written before it (2026.11.0) that joins
 * the rows themselves is still given them, and decides every scenario as before.
 */
class PolicyFactsTest {

    private static final List<RulesetFile> PACKAGED = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    @Test
    void thePackagedRulesetIsGivenTheLookupNotTheRows() {
        List<Object> facts = Candidates.engine(PACKAGED).policyFacts();

        assertThat(facts).hasAtLeastOneElementOfType(PolicyLookup.class);
        assertThat(facts).noneMatch(f -> f instanceof IndicatorDefinition || f instanceof PointsEntry);
        assertThat(facts.size()).isLessThan(30);
    }

    @Test
    void aRulesetThatJoinsTheRowsIsGivenThemAndDecidesEveryScenarioAsBefore() {
        List<RulesetFile> joining = PACKAGED.stream()
                .map(f -> switch (f.name()) {
                    case "scoring.drl" ->
                        new RulesetFile(
                                f.name(),
                                f.content()
                                        .replace(
                                                "    $tables : PolicyLookup()\n"
                                                        + "    $definition : IndicatorDefinition() from $tables.indicator($code)\n"
                                                        + "    $entry : PointsEntry() from $tables.points($definition.tier, $evidence.recency)",
                                                "    $definition : IndicatorDefinition( code == $code )\n"
                                                        + "    $entry : PointsEntry( tier == $definition.tier, recency == $evidence.recency )"));
                    case "indicators.drl" ->
                        new RulesetFile(
                                f.name(),
                                f.content()
                                        .replace(
                                                "    $tables : PolicyLookup()\n"
                                                        + "    accumulate( Evidence( recency == Recency.CURRENT, $code : code )\n"
                                                        + "                and IndicatorDefinition( categoryKind == \"missing\" ) from"
                                                        + " $tables.indicator($code);",
                                                "    accumulate( Evidence( recency == Recency.CURRENT, $code : code ) and IndicatorDefinition("
                                                        + " code == $code, categoryKind == \"missing\" );"));
                    default -> f;
                })
                .toList();
        assertThat(joining).isNotEqualTo(PACKAGED);

        TriageEngine engine = TriageEngine.compile(joining);
        RulesetValidation validation = RulesetValidator.validate(joining, scenarios());

        assertThat(engine.policyFacts())
                .filteredOn(f -> f instanceof IndicatorDefinition)
                .hasSize(61);
        assertThat(engine.policyFacts()).noneMatch(f -> f instanceof PolicyLookup);
        assertThat(validation.problems()).isEmpty();
    }

    private static List<Scenario> scenarios() {
        return Scenario.readFolder(Path.of(System.getProperty("test-data.dir", "../test-data"), "scenarios"));
    }
}
