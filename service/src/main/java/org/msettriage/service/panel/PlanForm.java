package org.msettriage.service.panel;

import java.util.List;
import org.msettriage.rules.referral.FreeText;

/**
 * The plan rows an agenda's outcome form shows: those already filled in (a refused form's, as typed, or the
 * plan being corrected, as stored), then {@value #BLANK_ROWS} blank ones, up to the most actions a plan may
 * have; or, when the coordinator asked for another action, every row the form had and one more. So a plan
 * of any size the service stores can be shown again, corrected whole and grown, with no script. Rows are
 * numbered from 1, as the form's labels number them.
 *
 * @param rowsAsked how many rows the coordinator asked the form to show, or 0 for those filled in and
 *     {@value #BLANK_ROWS} blank ones
 */
public record PlanForm(List<String> codes, List<String> texts, List<String> leads, List<String> dues, int rowsAsked) {

    /** Blank rows after the filled ones: a plan's new actions, or a first plan's. */
    static final int BLANK_ROWS = 4;

    /**
     * The most rows a form made by hand is shown with: enough to show one a few actions over a plan's limit
     * whole, while hundreds of rows sent are not drawn, each with its lists of choices.
     */
    static final int MOST_SHOWN = 2 * PanelHearings.MOST_ACTIONS;

    public PlanForm {
        codes = copy(codes);
        texts = copy(texts);
        leads = copy(leads);
        dues = copy(dues);
    }

    public PlanForm(List<String> codes, List<String> texts, List<String> leads, List<String> dues) {
        this(codes, texts, leads, dues, 0);
    }

    /**
     * The same rows as sent, every one of them (blank ones too, where the coordinator may mean to write),
     * and one more blank row, within a plan's limit.
     */
    PlanForm withOneMoreRow() {
        return new PlanForm(codes, texts, leads, dues, Math.min(PanelHearings.MOST_ACTIONS, sentRows() + 1));
    }

    /** How many rows the form sent, blank ones too. */
    int sentRows() {
        return Math.max(Math.max(codes.size(), texts.size()), Math.max(leads.size(), dues.size()));
    }

    static PlanForm blank() {
        return new PlanForm(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A stored plan, to correct: each catalogue action by its code, the serving catalogue's or not (the
     * form offers a code it lacks as kept from the plan, so a row left alone is sent back as agreed).
     */
    static PlanForm of(List<PanelOutcome.PlanAction> plan) {
        return new PlanForm(
                plan.stream().map(a -> a.code() == null ? "" : a.code()).toList(),
                plan.stream().map(a -> a.code() == null ? a.text() : "").toList(),
                plan.stream().map(PanelOutcome.PlanAction::leadAgency).toList(),
                plan.stream()
                        .map(a -> a.dueBy() == null ? "" : TypedDay.written(a.dueBy()))
                        .toList());
    }

    /**
     * How many rows the form shows: the last one filled in, then the blank ones (or as many as were asked
     * for), within a plan's limit. A refused form with more actions than a plan may have (made by hand, as
     * the form never offers them) shows every one, so the coordinator chooses which to remove.
     */
    public int rows() {
        int filled = 0;
        for (int row = 1; row <= Math.max(Math.max(codes.size(), texts.size()), dues.size()); row++) {
            if (FreeText.isPresent(code(row)) || FreeText.isPresent(text(row)) || FreeText.isPresent(due(row))) {
                filled = row;
            }
        }
        int shown = rowsAsked > 0 ? Math.max(filled, rowsAsked) : filled + BLANK_ROWS;
        return Math.min(MOST_SHOWN, Math.max(filled, Math.min(PanelHearings.MOST_ACTIONS, shown)));
    }

    /** Whether any row is filled in: a lead agency alone is not, as its list always has one chosen. */
    public boolean hasActions() {
        for (int row = 1; row <= Math.max(Math.max(codes.size(), texts.size()), dues.size()); row++) {
            if (FreeText.isPresent(code(row)) || FreeText.isPresent(text(row)) || FreeText.isPresent(due(row))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the form may offer another row: not once it shows as many as a plan may have. */
    public boolean canGrow() {
        return rows() < PanelHearings.MOST_ACTIONS;
    }

    /** A row's catalogue action as given, or "". */
    public String code(int row) {
        return at(codes, row);
    }

    public String text(int row) {
        return at(texts, row);
    }

    public String lead(int row) {
        return at(leads, row);
    }

    public String due(int row) {
        return at(dues, row);
    }

    private static String at(List<String> values, int row) {
        return row >= 1 && row <= values.size() ? values.get(row - 1) : "";
    }

    private static List<String> copy(List<String> values) {
        // Null entries are kept as "": List.copyOf refuses nulls, and an empty field is sent as "".
        return values == null
                ? List.of()
                : values.stream().map(v -> v == null ? "" : v).toList();
    }
}
