package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.policy.ActionRule;
import org.msettriage.rules.policy.ActionRules;
import org.msettriage.rules.policy.CsvTable;
import org.msettriage.rules.policy.PolicyFiles;

/**
 * The rows of action-rules.csv as rules: the catalogue lists each row where the one DRL rule that checks
 * them stands, and a row may only name override and panel codes some rule of the ruleset reports.
 */
final class ActionRuleRows {

    private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

    private ActionRuleRows() {}

    /** The rules with the checking rule replaced by the rows, in table order, every position renumbered. */
    static List<RuleDescription> listed(List<RuleDescription> rules, ActionRules rows) {
        List<RuleDescription> listed = new ArrayList<>();
        for (RuleDescription rule : rules) {
            if (ActionRules.RULE_ID.equals(rule.id())) {
                for (ActionRule row : rows.getRows()) {
                    listed.add(new RuleDescription(
                            row.id(),
                            row.sentence(),
                            PolicyFiles.ACTION_RULES,
                            row.explanation(),
                            row.guidance(),
                            listed.size()));
                }
            } else {
                listed.add(new RuleDescription(
                        rule.id(), rule.name(), rule.file(), rule.explanation(), rule.guidance(), listed.size()));
            }
        }
        return listed;
    }

    /**
     * A problem for each override or panel code a row names that no rule reports (a misspelt code would
     * never match), for a row whose id another rule has, for a sentence with a placeholder, and for a table
     * no rule reads.
     */
    static List<RulesetProblem> problems(
            List<RulesetFile> files, ActionRules rows, List<RuleDescription> rules, boolean read) {
        List<RulesetProblem> problems = new ArrayList<>();
        RulesetFile table = files.stream()
                .filter(file -> file.name().equals(PolicyFiles.ACTION_RULES))
                .findFirst()
                .orElseThrow();
        if (!read) {
            problems.add(problem(
                    table,
                    1,
                    0,
                    "no rule reads this table, so its rows would recommend nothing; actions.drl's rule"
                            + " \"A row of action-rules.csv holds\" checks them"));
            return problems;
        }
        Set<String> reported = new TreeSet<>();
        files.stream().filter(RulesetFile::isDrl).forEach(file -> {
            Matcher code = QUOTED_CODE.matcher(file.content());
            while (code.find()) {
                reported.add(code.group(1));
            }
        });
        Set<String> ruleIds = new TreeSet<>();
        rules.stream().filter(rule -> !ActionRules.RULE_ID.equals(rule.id())).forEach(rule -> ruleIds.add(rule.id()));
        List<CsvTable.Row> lines =
                CsvTable.parse(table.name(), table.content(), List.of()).rows();
        for (int i = 0; i < rows.getRows().size() && i < lines.size(); i++) {
            ActionRule row = rows.getRows().get(i);
            CsvTable.Row line = lines.get(i);
            if (row.sentence().indexOf('{') >= 0 || row.sentence().indexOf('}') >= 0) {
                // Shown as written, as a rule's name is, so a placeholder there stayed "{levle}" on the
                // pages (a policy lead's trial).
                problems.add(problem(
                        table,
                        line.line(),
                        column(line, "sentence"),
                        "the sentence names the rule and is shown as written, so it cannot hold a {placeholder};"
                                + " put it in the explanation"));
            }
            unreported(problems, table, line, "overrides", row.overrides(), reported);
            unreported(problems, table, line, "panel_reasons", row.panelReasons(), reported);
            if (ruleIds.contains(row.id())) {
                problems.add(problem(
                        table,
                        line.line(),
                        column(line, "rule"),
                        "rule id " + row.id() + " is used by more than one rule"));
            }
        }
        return problems;
    }

    private static void unreported(
            List<RulesetProblem> problems,
            RulesetFile table,
            CsvTable.Row line,
            String column,
            List<String> codes,
            Set<String> reported) {
        codes.stream()
                .filter(code -> !reported.contains(code))
                .forEach(code -> problems.add(problem(
                        table,
                        line.line(),
                        column(line, column),
                        "names " + code + ", which no rule of the ruleset reports, so the row would never hold")));
    }

    private static int column(CsvTable.Row line, String column) {
        return line.header().indexOf(column) + 1;
    }

    private static RulesetProblem problem(RulesetFile table, int line, int column, String message) {
        return new RulesetProblem(RulesetProblem.Kind.TABLE, table.name(), line, column, message);
    }
}
