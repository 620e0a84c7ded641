package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a candidate's tables must pass that a ruleset kept before the check was written need not: such
 * a ruleset still loads, starts the service and can be rolled back to as it was, while a policy lead's
 * new candidate is refused. Each finds a slip that made the tables say less than they seemed to, without
 * a word: an evidence type no rule compares with, a quote that vanished from a cell.
 */
public final class CandidateTableChecks {

    private CandidateTableChecks() {}

    /** Every such problem in the tables given (file name to content); tables that cannot be read are skipped. */
    public static List<PolicyTableException> of(Map<String, String> tables) {
        List<PolicyTableException> problems = new ArrayList<>();
        tables.forEach((name, content) -> problems.addAll(CsvTable.quoteSlips(name, content)));
        evidence(tables.get(PolicyFiles.INDICATORS), PolicyFiles.INDICATORS, "", problems);
        evidence(tables.get(PolicyFiles.ACTION_RULES), PolicyFiles.ACTION_RULES, " (or leave it blank)", problems);
        return problems;
    }

    /** Each evidence cell naming a type the policy does not have: the rules compare the type exactly. */
    private static void evidence(String content, String file, String orElse, List<PolicyTableException> problems) {
        if (content == null) {
            return;
        }
        List<CsvTable.Row> rows;
        try {
            rows = CsvTable.parse(file, content, List.of()).rows();
        } catch (PolicyTableException unreadable) {
            return; // reported as the table's own problem
        }
        for (CsvTable.Row row : rows) {
            String cell = row.optional("evidence");
            if (cell != null && !IndicatorDefinition.EVIDENCE_TYPES.contains(cell)) {
                problems.add(row.problem("evidence", PolicyTables.notAnEvidenceType(cell) + orElse));
            }
        }
    }
}
