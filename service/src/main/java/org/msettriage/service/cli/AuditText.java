package org.msettriage.service.cli;

import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.audit.WhenNotIntact;

/**
 * A verification as an auditor reads it in a terminal: the verdict, the counts, the head, whether a kept
 * head matched, the positions missing from the chain, and each problem.
 */
final class AuditText {

    private AuditText() {}

    static String of(AuditVerification result) {
        StringBuilder text = new StringBuilder();
        text.append(result.intact() ? "INTACT" : "NOT INTACT: " + result.problemsTotal() + " problem(s)")
                .append(System.lineSeparator());
        text.append(String.format(
                "%d sealed record(s) checked (of every kind the chain seals), %d awaiting their seal, %d with personal content removed%n",
                result.sealedRecords(), result.awaitingSeal(), result.personalContentRemoved()));
        result.head()
                .ifPresent(head -> text.append(String.format(
                        "Head: position %d, chain MAC %s (keep a copy: a later head must extend it)%n",
                        head.position(), head.chainMac())));
        result.keptHead().ifPresent(kept -> text.append(kept.inWords()).append(System.lineSeparator()));
        result.missingLinks()
                .ifPresent(missing -> text.append(missing.inWords()).append(System.lineSeparator()));
        for (AuditVerification.Problem problem : result.problems()) {
            text.append(String.format(
                    "%-10s %s%s: %s%n",
                    problem.kind(),
                    named(problem),
                    problem.position() == null ? "" : " at position " + problem.position(),
                    problem.detail()));
        }
        if (result.problemsTotal() > result.problems().size()) {
            text.append("... and ")
                    .append(result.problemsTotal() - result.problems().size())
                    .append(" more")
                    .append(System.lineSeparator());
        }
        if (!result.intact()) {
            text.append("What to do:").append(System.lineSeparator());
            for (int step = 0; step < WhenNotIntact.STEPS.size(); step++) {
                text.append(String.format("%d. %s%n", step + 1, WhenNotIntact.STEPS.get(step)));
            }
        }
        return text.toString();
    }

    /** The record a problem concerns: a decision by its id, as always; a panel outcome or a ruleset switch said so. */
    private static String named(AuditVerification.Problem problem) {
        if (problem.recordKind() == RecordKind.RULESET) {
            return "ruleset " + problem.rulesetVersion();
        }
        if (problem.decisionId() == null) {
            return "(unknown record)";
        }
        if (problem.recordKind() == null) {
            return problem.decisionId().toString();
        }
        return switch (problem.recordKind()) {
            case OUTCOME -> "panel outcome " + problem.decisionId();
            case ACTIVATION -> "ruleset switch " + problem.decisionId();
            case RETENTION -> "retention run " + problem.decisionId();
            case MEETING -> "panel meeting " + problem.decisionId();
            case ACCESS -> "access log entry " + problem.decisionId();
            case FEEDBACK -> "feedback " + problem.decisionId();
            case DECISION, RULESET -> problem.decisionId().toString();
        };
    }
}
