package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.EligibilityDto;
import org.msettriage.api.model.EligibilityReasonDto;
import org.msettriage.api.model.ExplanationDto;
import org.msettriage.api.model.ExplanationReasonDto;
import org.msettriage.api.model.OverrideDto;
import org.msettriage.api.model.TriageDecisionDto;

class SubjectAccessReportPagesTest {

    private static final String FLOOR = "A critical indicator was seen: the level is at least Significant";
    private static final String PRE_MSET = "For Pre-MSET screening: the child is missing now";
    private static final String PANEL = "The panel could add value: the risk is Significant";
    private static final String PATHWAY = "Route: immediate safeguarding";

    private final SubjectAccessReportPages pages = new SubjectAccessReportPages();

    private final List<ExplanationReasonDto> reasons = List.of(
            reason("OVR_CRITICAL", FLOOR),
            reason("PRE_MISSING_NOW", PRE_MSET),
            reason("ADDS_SIGNIFICANT", PANEL),
            reason("PATHWAY_IMMEDIATE_SAFEGUARDING", PATHWAY));

    private final TriageDecisionDto decision = new TriageDecisionDto()
            .overrides(List.of(new OverrideDto().text(FLOOR)))
            .preMset(new EligibilityDto().reasons(List.of(new EligibilityReasonDto().text(PRE_MSET))))
            .msetPanel(new EligibilityDto().reasons(List.of(new EligibilityReasonDto().text(PANEL))))
            .explanation(new ExplanationDto().reasons(reasons));

    @Test
    void listsUnderTheStepsOnlyTheReasonsNotPrintedWhereTheLevelOrTheAnswersAre() {
        assertThat(pages.notPrintedEarlier(decision, reasons))
                .extracting(ExplanationReasonDto::getRuleId)
                .containsExactly("PATHWAY_IMMEDIATE_SAFEGUARDING");
    }

    @Test
    void givesTheRuleOfASentencePrintedEarlierForItsReference() {
        assertThat(pages.ruleOf(decision, PRE_MSET)).isEqualTo("PRE_MISSING_NOW");
        assertThat(pages.ruleOf(decision, FLOOR)).isEqualTo("OVR_CRITICAL");
        assertThat(pages.ruleOf(decision, "A sentence no rule wrote")).isNull();
    }

    private static ExplanationReasonDto reason(String ruleId, String text) {
        return new ExplanationReasonDto().ruleId(ruleId).text(text);
    }
}
