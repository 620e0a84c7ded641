package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a candidate's tables must pass that a ruleset kept before the check was written need not: such
 * a ruleset still loads, starts the service and can be rolled back to as it was, while a policy lead's
 * new candidate is refused. Each finds a slip that made the tables say less than they seemed to, without
 * a word: an evidence type no rule compares with, a quote that vanished from a cell, a lead agency
 * misspelt (case systems would be told to send the action to an agency nobody is). Beside them, each row
 * after the first with the wrong number of cells: reading a table names only the first.
 */
public final class CandidateTableChecks {

    private CandidateTableChecks() {}

    /** Every such problem in the tables given (file name to content); tables that cannot be read are skipped. */
    public static List<PolicyTableException> of(Map<String, String> tables) {
        List<PolicyTableException> problems = new ArrayList<>();
        tables.forEach((name, content) -> problems.addAll(CsvTable.quoteSlips(name, content)));
        tables.forEach((name, content) -> problems.addAll(CsvTable.fieldCountSlips(name, content)));
        evidence(tables.get(PolicyFiles.INDICATORS), PolicyFiles.INDICATORS, "", problems);
        evidence(tables.get(PolicyFiles.ACTION_RULES), PolicyFiles.ACTION_RULES, " (or leave it blank)", problems);
        leadAgencies(tables.get(PolicyFiles.ACTIONS), problems);
        return problems;
    }

    /**
     * The agencies an action may be led by: those the policy's catalogue names. Case systems and the pages
     * put each in words, so an agency outside them (EDUCATON for EDUCATION, found in a policy lead's trial)
     * would reach them as it was typed.
     */
    public static final List<String> LEAD_AGENCIES = List.of(
            "CHILDRENS_SOCIAL_CARE",
            "ADULT_SOCIAL_CARE",
            "POLICE",
            "EDUCATION",
            "HEALTH",
            "YOUTH_JUSTICE",
            "VOLUNTARY_SECTOR",
            "EARLY_HELP",
            "COMMUNITY_SAFETY",
            "LOCAL_AUTHORITY",
            "PLACEMENT_PROVIDER",
            "REFERRING_AGENCY");

    private static void leadAgencies(String content, List<PolicyTableException> problems) {
        for (CsvTable.Row row : rows(content, PolicyFiles.ACTIONS)) {
            String agency = row.optional("lead_agency");
            if (agency != null && !LEAD_AGENCIES.contains(agency)) {
                problems.add(row.problem(
                        "lead_agency",
                        "'" + agency + "' is not a lead agency: give one of " + String.join(", ", LEAD_AGENCIES)));
            }
        }
    }

    /** A table's rows; none when it is missing or cannot be read (reported as the table's own problem). */
    private static List<CsvTable.Row> rows(String content, String file) {
        if (content == null) {
            return List.of();
        }
        try {
            return CsvTable.parse(file, content, List.of()).rows();
        } catch (PolicyTableException unreadable) {
            return List.of();
        }
    }

    /** Each evidence cell naming a type the policy does not have: the rules compare the type exactly. */
    private static void evidence(String content, String file, String orElse, List<PolicyTableException> problems) {
        for (CsvTable.Row row : rows(content, file)) {
            String cell = row.optional("evidence");
            if (cell != null && !IndicatorDefinition.EVIDENCE_TYPES.contains(cell)) {
                problems.add(row.problem("evidence", PolicyTables.notAnEvidenceType(cell) + orElse));
            }
        }
    }
}
