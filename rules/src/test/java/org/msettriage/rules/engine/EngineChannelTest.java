package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.msettriage.rules.policy.ActionRule;
import org.msettriage.rules.policy.Policy;

/**
 * Every explanation of a ruleset, its rules' and its action rows', is parsed once when its engine is made
 * and kept by that engine alone: a decision renders reasons without parsing, and without touching any
 * structure that outlives an engine stopped over its budget.
 */
class EngineChannelTest {

    @Test
    void everyExplanationIsParsedWhenTheEngineIsMadeAndKeptByIt() {
        List<RulesetFile> files = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);
        Policy policy = TriageEngine.readPolicy(files);
        KieBase kieBase = RulesetCompiler.compile(files, RulesetIdentity.of(files), CompiledRulesets.NONE)
                .base()
                .kieBase();
        EngineChannel channel = new EngineChannel(policy.settings(), policy.actionRules(), kieBase);
        EngineChannel another = new EngineChannel(policy.settings(), policy.actionRules(), kieBase);

        int explained = 0;
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String explanation = channel.texts(rule).explanation();
                if (explanation != null) {
                    assertThat(channel.template(new String(explanation)))
                            .as(rule.getName())
                            .isNotNull()
                            .isSameAs(channel.template(explanation))
                            .isNotSameAs(another.template(explanation));
                    explained++;
                }
            }
        }
        assertThat(explained).as("the packaged rules explain themselves").isGreaterThan(50);
        List<ActionRule> rows = policy.actionRules().orElseThrow().getRows();
        assertThat(rows).isNotEmpty();
        for (ActionRule row : rows) {
            assertThat(channel.template(row.explanation()))
                    .as(row.id())
                    .isSameAs(channel.template(new String(row.explanation())));
        }

        assertThat(channel.template(null)).isNull();
        assertThat(channel.template("Not in this ruleset: {score}"))
                .as("a text the ruleset does not hold is parsed for the call, never kept")
                .isNotSameAs(channel.template("Not in this ruleset: {score}"));
    }
}
