package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.RaisedWarning;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.scenario.Scenario;

/**
 * Reasons, questions and recommendations that no rule reads stay out of working memory; a ruleset whose
 * rules do read them still sees every one.
 */
class UnmatchedFindingsTest {

    private static final Referral EXAMPLE = Scenario.read(Path.of(
                    System.getProperty("test-data.dir", "../test-data"),
                    "scenarios/examples-repeat-missing-found-with-adult-in-car.json"))
            .referral();

    private static final String RULE_READING_REASONS = """

            rule "A rule that reads the score's reason"
                @id("READS_SCORE_REASON")
                @explanation("The score's reason was seen")
                @guidance("test only")
                salience 90
            when
                Reason( ruleId == "SCORE" )
            then
                Findings.record(kcontext, new Warning("SCORE_REASON_SEEN", List.of()));
            end
            """;

    @Test
    void theReasonsOfThePackagedRulesetComeInTheOrderTheRulesAppliedThem() {
        RiskAssessment assessed = Candidates.engine(Candidates.packaged()).assess(EXAMPLE);

        List<String> ruleIds = assessed.reasons().stream().map(Reason::ruleId).toList();
        assertThat(ruleIds).contains("INDICATOR_POINTS", "SCORE", "SCORE_BAND");
        assertThat(ruleIds.indexOf("SCORE")).isLessThan(ruleIds.indexOf("SCORE_BAND"));
        assertThat(assessed.warnings()).extracting(RaisedWarning::code).doesNotContain("SCORE_REASON_SEEN");
    }

    @Test
    void aRuleThatReadsReasonsStillSeesThem() {
        List<RulesetFile> files = new ArrayList<>();
        for (RulesetFile file : RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER)) {
            String content = file.content();
            if (file.name().equals("level.drl")) {
                content = content.replace(
                                "import org.msettriage.rules.facts.OverrideReported;",
                                "import org.msettriage.rules.facts.OverrideReported;\n"
                                        + "import org.msettriage.rules.facts.Reason;\n"
                                        + "import org.msettriage.rules.facts.Warning;\n"
                                        + "import java.util.List;")
                        + RULE_READING_REASONS;
            }
            files.add(new RulesetFile(file.name(), content));
        }

        RiskAssessment assessed = TriageEngine.compile(files).assess(EXAMPLE);

        assertThat(assessed.warnings()).extracting(RaisedWarning::code).contains("SCORE_REASON_SEEN");
        assertThat(assessed.reasons()).extracting(Reason::ruleId).contains("READS_SCORE_REASON", "SCORE");
    }
}
