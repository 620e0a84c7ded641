package org.msettriage.service.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.FieldProblem;

/**
 * The plan as the agenda's form sends it: parallel lists of codes, words, leads and due dates, one entry
 * per row. Rows left wholly empty are dropped, and each kept row remembers its place on the form, so a
 * problem with the plan's second action is told as the row the coordinator filled in. A due date that
 * could not be read is a problem of its own ({@code unreadable}), not a date left out.
 */
record PlanRows(List<PanelHearings.ProposedAction> actions, List<Integer> rowOnForm, List<FieldProblem> unreadable) {

    private static final Pattern ACTION = Pattern.compile("^/plan/(\\d+)(?:/(\\w+))?$");

    static PlanRows of(List<String> codes, List<String> texts, List<String> leads, List<String> dues) {
        int rows = Math.max(Math.max(size(codes), size(texts)), Math.max(size(leads), size(dues)));
        List<PanelHearings.ProposedAction> actions = new ArrayList<>();
        List<Integer> rowOnForm = new ArrayList<>();
        List<FieldProblem> unreadable = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String code = at(codes, row);
            String text = at(texts, row);
            String due = at(dues, row);
            // A lead agency alone (the select's first choice) does not make a row: nothing was written.
            if (FreeText.isBlank(code) && FreeText.isBlank(text) && FreeText.isBlank(due)) {
                continue;
            }
            Optional<LocalDate> day = TypedDay.read(due);
            if (FreeText.isPresent(due) && day.isEmpty()) {
                unreadable.add(new FieldProblem(
                        FieldProblem.child(FieldProblem.item("/plan", actions.size()), "dueBy"), TypedDay.UNREADABLE));
            }
            actions.add(new PanelHearings.ProposedAction(code, text, at(leads, row), day.orElse(null)));
            rowOnForm.add(row + 1);
        }
        return new PlanRows(actions, rowOnForm, unreadable);
    }

    /** What a problem's JSON pointer names, in the form's words. */
    String field(String pointer) {
        Matcher action = ACTION.matcher(pointer);
        if (action.matches()) {
            int row = rowOnForm.get(Integer.parseInt(action.group(1)));
            String part = action.group(2);
            String name = "Plan action " + row;
            if (part == null) {
                return name + ":";
            }
            return switch (part) {
                case "code" -> name + ", its catalogue action,";
                case "leadAgency" -> name + ", its lead agency,";
                case "dueBy" -> name + ", its due date,";
                default -> name + ",";
            };
        }
        return switch (pointer) {
            case "/decisionId" -> "The child";
            case "/outcome" -> "The outcome";
            // The rows to clear, when the plan as a whole is refused: a correction's rows come filled in.
            case "/plan" -> rowOnForm.isEmpty() ? "The plan" : "The plan, in " + rowsInWords() + " of the form,";
            case "/reason" -> "The reason the child was not heard";
            case "/exitReason" -> "The exit reason";
            case "/exitText" -> "The exit reason in words";
            default -> "A field";
        };
    }

    /**
     * The field of the agenda's form a problem's JSON pointer is about, which its message links to: a plan
     * row's own field, the first row given for the plan as a whole; null for what the form has no field for
     * (the child, the outcome corrected), or a row the page does not draw.
     */
    OutcomeField formField(String pointer) {
        Matcher action = ACTION.matcher(pointer);
        if (action.matches()) {
            int row = rowOnForm.get(Integer.parseInt(action.group(1)));
            if (row > PlanForm.MOST_SHOWN) {
                return null;
            }
            String part = action.group(2);
            return OutcomeField.ofRow(
                    part == null
                            ? "plan-code"
                            : switch (part) {
                                case "text" -> "plan-text";
                                case "leadAgency" -> "plan-lead";
                                case "dueBy" -> "plan-due";
                                default -> "plan-code";
                            },
                    row);
        }
        return switch (pointer) {
            case "/outcome" -> OutcomeField.OUTCOME;
            case "/plan" -> OutcomeField.ofRow("plan-code", rowOnForm.isEmpty() ? 1 : rowOnForm.get(0));
            case "/reason" -> OutcomeField.REASON;
            case "/exitReason" -> OutcomeField.EXIT_REASON;
            case "/exitText" -> OutcomeField.EXIT_TEXT;
            default -> null;
        };
    }

    /** The rows of the form the plan was given in: "action 2", "actions 1 to 6", "actions 1, 3 and 4". */
    private String rowsInWords() {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rowOnForm.size(); i++) {
            if (i < rowOnForm.size() && rowOnForm.get(i) == rowOnForm.get(i - 1) + 1) {
                continue;
            }
            int first = rowOnForm.get(start);
            int last = rowOnForm.get(i - 1);
            if (last - first >= 2) {
                parts.add(first + " to " + last);
            } else {
                for (int row = first; row <= last; row++) {
                    parts.add(String.valueOf(row));
                }
            }
            start = i;
        }
        String joined = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return (rowOnForm.size() == 1 ? "action " : "actions ") + joined;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int row) {
        return values == null || row >= values.size() ? null : values.get(row);
    }
}
