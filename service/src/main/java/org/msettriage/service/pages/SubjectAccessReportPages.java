package org.msettriage.service.pages;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.msettriage.api.model.EligibilityDto;
import org.msettriage.api.model.ExplanationReasonDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.springframework.stereotype.Component;

/**
 * What the subject access report's pages print once of each decision: a reason that the report already
 * prints where the level was reached (a cap, a floor, a judgement) or in the Pre-MSET and panel answers is
 * not printed again under its policy step; its rule's id goes beside it there instead. Part of the pages
 * (the web edge, where the contract's models are read), which call it as {@code @subjectAccessReport}.
 */
@Component("subjectAccessReport")
public class SubjectAccessReportPages {

    /** The reasons of a step, less those the report prints earlier. */
    public List<ExplanationReasonDto> notPrintedEarlier(
            TriageDecisionDto decision, List<ExplanationReasonDto> reasons) {
        Set<String> earlier = printedEarlier(decision);
        return reasons.stream()
                .filter(reason -> !earlier.contains(reason.getText()))
                .toList();
    }

    /** The id of the rule whose reason reads as this sentence, for a small reference beside it; null if none. */
    public String ruleOf(TriageDecisionDto decision, String text) {
        return decision.getExplanation().getReasons().stream()
                .filter(reason -> Objects.equals(reason.getText(), text))
                .map(ExplanationReasonDto::getRuleId)
                .findFirst()
                .orElse(null);
    }

    private static Set<String> printedEarlier(TriageDecisionDto decision) {
        return Stream.of(
                        decision.getOverrides().stream().map(override -> override.getText()),
                        answers(decision.getPreMset()),
                        answers(decision.getMsetPanel()))
                .flatMap(texts -> texts)
                .collect(Collectors.toSet());
    }

    private static Stream<String> answers(EligibilityDto eligibility) {
        return eligibility == null
                ? Stream.empty()
                : eligibility.getReasons().stream().map(reason -> reason.getText());
    }
}
