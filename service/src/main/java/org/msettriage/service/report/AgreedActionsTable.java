package org.msettriage.service.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.msettriage.service.report.AgreedActions.Led;
import org.msettriage.service.report.AnalysisTable.Row;
import org.msettriage.service.words.CodeWords;

/**
 * The dashboard's table of what the panel agreed: the actions of the agreed plans by lead agency, in
 * words, and how many are past their due date, each column a line under {@link Disclosure}.
 */
final class AgreedActionsTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Led NONE = new Led(0, 0);

    private AgreedActionsTable() {}

    static AnalysisTable of(Map<String, Led> led, LocalDate judgedOn, Long shownPlans, ReportSettings settings) {
        List<String> agencies = PanelReportMapper.leadAgencies();
        List<Long> exactAgreed =
                agencies.stream().map(a -> led.getOrDefault(a, NONE).agreed()).toList();
        List<Long> exactPastDue =
                agencies.stream().map(a -> led.getOrDefault(a, NONE).pastDue()).toList();
        List<Long> agreed = Disclosure.lineWithin(exactAgreed, shownPlans, settings);
        List<Long> pastDue = Disclosure.partsOf(exactPastDue, agreed, settings);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            rows.add(new Row(
                    List.of(CodeWords.agency(agencies.get(i)), cell(agreed.get(i)), cell(pastDue.get(i))), false));
        }
        Long totalAgreed = Disclosure.part(sum(exactAgreed), shownPlans, settings);
        Long totalPastDue = Disclosure.part(sum(exactPastDue), totalAgreed, settings);
        rows.add(new Row(List.of("All agencies", cell(totalAgreed), cell(totalPastDue)), true));
        List<String> notes = new ArrayList<>();
        notes.add("The actions of the plans agreed at the panel's meetings held in these months (as last"
                + " recorded: a corrected plan counts as its correction), by the agency that leads each. Past"
                + " their due date: due before " + DAY.format(judgedOn) + " (the last day of the months shown, or"
                + " today); the service is not told when an action is done. A plan whose details were removed"
                + " at the end of the retention period is not counted.");
        if (!Disclosure.addsUp(agreed, totalAgreed) || !Disclosure.addsUp(pastDue, totalPastDue)) {
            notes.add("The rounded agencies' counts do not add up to the rounded totals, because each figure is"
                    + " rounded on its own.");
        }
        return new AnalysisTable(
                "agreed-actions",
                "Actions the panel agreed, by lead agency",
                "bar",
                List.of(1, 2),
                List.of("Lead agency", "Actions agreed", "Past their due date"),
                rows,
                notes);
    }

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    private static String cell(Long shown) {
        return shown == null ? AnalysisTable.WITHHELD : Long.toString(shown);
    }
}
