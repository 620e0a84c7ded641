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
        tables.forEach((name, content) -> columns(name, content, problems));
        return problems;
    }

    /**
     * Each column of a table's header that nothing reads: one given twice (only the later one's cells are
     * read), and one the table does not have (a condition added to action-rules.csv as a column of its own
     * changed nothing). A column with neither name nor values (a spreadsheet's empty column) is let be; one
     * that is a slip for a column the table must have is named by the table's own problem.
     */
    private static void columns(String file, String content, List<PolicyTableException> problems) {
        List<String> known = TableColumns.known(file);
        List<CsvTable.Row> rows = known.isEmpty() ? List.of() : rows(content, file);
        if (rows.isEmpty()) {
            return;
        }
        List<String> header = rows.get(0).header();
        List<String> absent =
                known.stream().filter(column -> !header.contains(column)).toList();
        List<String> requiredAbsent =
                TableColumns.required(file).stream().filter(absent::contains).toList();
        for (int at = 0; at < header.size(); at++) {
            String column = header.get(at);
            int first = header.indexOf(column);
            if (column.isEmpty()) {
                if (rows.stream().anyMatch(row -> row.optional("") != null)) {
                    problems.add(new PolicyTableException(
                            file, 1, at + 1, "this column has values but no name: name it, or remove it"));
                }
            } else if (first < at) {
                problems.add(new PolicyTableException(
                        file,
                        1,
                        at + 1,
                        "column '" + column + "' is given twice (columns " + (first + 1) + " and " + (at + 1)
                                + "), and only this one's cells would be read: give each column once"));
            } else if (!known.contains(column)
                    && EditDistance.nearest(column, requiredAbsent).isEmpty()) {
                problems.add(new PolicyTableException(file, 1, at + 1, unknownColumn(file, column, known, absent)));
            }
        }
    }

    private static String unknownColumn(String file, String column, List<String> known, List<String> absent) {
        String unread = "the column '" + column + "' is not one " + file + " has, so nothing would read its cells";
        return EditDistance.nearest(column, absent)
                .map(slip -> unread + "; did you mean '" + slip + "'?")
                .orElseGet(() -> unread + ": remove it, or use one of " + String.join(", ", known));
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
