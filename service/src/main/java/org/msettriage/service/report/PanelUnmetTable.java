package org.msettriage.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.msettriage.service.decision.PanelUnmetRules;
import org.msettriage.service.report.AnalysisTable.Row;
import org.msettriage.service.report.PanelUnmetFigures.Screened;

/**
 * "Why screened referrals did not reach the panel": of the screened referrals, those not eligible for the
 * MSET panel, counted under each eligibility rule that said no, by the rule's title on the dashboard (never
 * its id). The reasons and "not recorded" are one line under {@link Disclosure}.
 */
final class PanelUnmetTable {

    static final String ID = "panel-unmet";

    /**
     * The rules listed even when no referral had them, in the policy's order (section 4). Only these two can
     * refuse a screened referral under policy v1; a rule found in the store beyond them is listed after.
     */
    static final List<String> LISTED = List.of("NOT_LEVEL", "NOT_ADDS_VALUE");

    /** The counts as shown (null: withheld): per rule in {@code rules}' order, and the totals. */
    record Refusals(List<String> rules, List<Long> reasons, Long notRecorded, Long notReached, Long screened) {}

    private PanelUnmetTable() {}

    /**
     * The counts of these screened decisions (already of the local authority chosen, if one was), given how
     * many referrals the same choice counts, as shown. A screened referral that did not reach the panel is
     * counted under each rule that refused it, so the rules are parts of those not reached, not their sum;
     * those are part of the screened, and the screened part of the referrals: each withheld where the count
     * it is part of is ({@link Disclosure#part}). A review found "Screened: 0" here beside the referrals'
     * "withheld", which said that the few children were not screened.
     */
    static Refusals counted(List<Screened> screened, Long shownReferrals, ReportSettings settings) {
        Long shownScreened =
                Disclosure.part(screened.stream().mapToLong(Screened::decisions).sum(), shownReferrals, settings);
        long exactNotReached = notReached(screened, s -> true);
        // Those that did reach it are the screened less these: where they are withheld (panel eligible, in the
        // tables beside this one), these are too, or the screened less these would give them (a review).
        long exactReached = screened.stream()
                .filter(Screened::reached)
                .mapToLong(Screened::decisions)
                .sum();
        Long shownNotReached =
                settings.shown(exactReached) == null ? null : Disclosure.part(exactNotReached, shownScreened, settings);
        List<String> rules = new ArrayList<>(LISTED);
        if (shownNotReached != null) {
            // A rule beyond the policy's own is listed only where the counts are shown: its row alone would
            // name the rule that refused one of a few children.
            TreeSet<String> found = new TreeSet<>();
            screened.forEach(s -> found.addAll(PanelUnmetRules.rules(s.unmetRules())));
            found.stream().filter(rule -> !rules.contains(rule)).forEach(rules::add);
        }
        List<Long> exact = new ArrayList<>();
        for (String rule : rules) {
            exact.add(notReached(
                    screened, s -> PanelUnmetRules.rules(s.unmetRules()).contains(rule)));
        }
        exact.add(notReached(screened, s -> s.unmetRules() == null));
        List<Long> shown = Disclosure.lineWithin(exact, exactNotReached, shownNotReached, settings);
        return new Refusals(
                rules, shown.subList(0, rules.size()), shown.get(rules.size()), shownNotReached, shownScreened);
    }

    static AnalysisTable of(Refusals refusals, Map<String, String> titles) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < refusals.rules().size(); i++) {
            rows.add(new Row(
                    List.of(
                            RuleTitles.of(refusals.rules().get(i), titles),
                            cell(refusals.reasons().get(i))),
                    false));
        }
        rows.add(new Row(List.of("Reason not recorded", cell(refusals.notRecorded())), false));
        rows.add(new Row(List.of("Did not reach the panel", cell(refusals.notReached())), true));
        rows.add(new Row(List.of("Screened (Pre-MSET eligible)", cell(refusals.screened())), true));
        return new AnalysisTable(
                ID,
                "Why screened referrals did not reach the panel",
                "bar",
                List.of(1),
                List.of("Reason (the eligibility rule that said no)", "Screened referrals"),
                rows,
                List.of(
                        "Of the referrals screened (eligible for Pre-MSET) in these months, those not eligible for"
                                + " the MSET panel, under each rule of the policy's section 4 that said no. A referral"
                                + " refused for two reasons counts under both, so the reasons need not add up to"
                                + " those that did not reach the panel.",
                        "Reason not recorded: a decision stored before the service kept its reasons in a form that"
                                + " can be counted, none of whose rules that fired is one of the policy's own."));
    }

    /** The screened decisions that did not reach the panel and pass the test. */
    private static long notReached(List<Screened> screened, Predicate<Screened> which) {
        return screened.stream()
                .filter(s -> !s.reached())
                .filter(which)
                .mapToLong(Screened::decisions)
                .sum();
    }

    private static String cell(Long shown) {
        return shown == null ? AnalysisTable.WITHHELD : Long.toString(shown);
    }
}
