package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.msettriage.service.problem.AllowedValues;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.words.CodeWords;
import org.springframework.stereotype.Component;

/**
 * The coordinator's pages in words, never codes: the codes through {@link CodeWords} (the one table of
 * words), and what only the panel has: a planned action's title, and what a linked name is.
 */
@Component("panelWords")
public class PanelWords {

    /** A day as the coordinator's pages write it: "10 December 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The codes an outcome's problems name in brackets after their words, for the API's readers. */
    private static final List<String> CODES_IN_BRACKETS = Stream.concat(
                    Arrays.stream(PanelOutcome.Kind.values()), Arrays.stream(PanelOutcome.ExitReason.values()))
            .map(code -> " (" + code.name() + ")")
            .toList();

    /** The API's refusal of a value each coded field of an outcome does not allow, as the page says it. */
    private static final Map<String, String> CHOICES = Map.of(
            allowed(PanelOutcome.Kind.values()), offered(PanelOutcome.Kind.values(), CodeWords::panelOutcome),
            allowed(PanelOutcome.ExitReason.values()), offered(PanelOutcome.ExitReason.values(), CodeWords::exitReason),
            allowed(PanelOutcome.LeadAgency.values()), offered(PanelOutcome.LeadAgency.values(), CodeWords::agency));

    /** A moment as the coordinator's pages write it: "12 November 2026, 10:00 GMT", summer time as BST. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);

    private final PlannedActionTitles titles;
    private final ZoneId zone;

    PanelWords(PlannedActionTitles titles, ReportSettings reports) {
        this.titles = titles;
        this.zone = reports.zone();
    }

    /**
     * A moment in the partnership's time zone (the one its days and months are counted in), named: a
     * meeting reads its times as the people in the room keep them, not in UTC.
     */
    public String moment(OffsetDateTime at) {
        return MOMENT.format(at.atZoneSameInstant(zone));
    }

    /**
     * Whether an action was due before the meeting's day began: the decision marks what was overdue when
     * it was assessed, but by the meeting more may be, and the panel should see it.
     */
    public boolean dueBefore(OffsetDateTime due, LocalDate meetingDay) {
        return due.isBefore(meetingDay.atStartOfDay(zone).toOffsetDateTime());
    }

    public String riskLevel(String code) {
        return CodeWords.riskLevel(code);
    }

    /** A risk level as a heading gives it: "Significant risk", "No identified risk". */
    public String riskLevelPhrase(String code) {
        return CodeWords.riskLevelPhrase(code);
    }

    public String pathway(String code) {
        return CodeWords.pathway(code);
    }

    public String localAuthority(String code) {
        return CodeWords.localAuthority(code);
    }

    /** A lead agency of a recommended or planned action. */
    public String agency(String code) {
        return CodeWords.agency(code);
    }

    /** An outcome of the panel. */
    public String outcome(String code) {
        return CodeWords.panelOutcome(code);
    }

    /** Why a child is on an agenda. */
    public String item(String code) {
        return CodeWords.agendaItem(code);
    }

    public String exitReason(String code) {
        return CodeWords.exitReason(code);
    }

    /**
     * The title of a planned action: the words given, or the catalogue's title for its code, from the
     * catalogue it was chosen from even when a later ruleset dropped the action. A code no kept catalogue
     * has is said to be so, with the code: nothing else says which action was agreed, and a spelling made
     * from the code would pass for a title the policy never gave.
     */
    public String title(PanelOutcome outcome, PanelOutcome.PlanAction action) {
        if (action.code() == null) {
            return action.text();
        }
        return titles.of(action.code(), outcome.recordedAt()).orElseGet(() -> uncatalogued(action.code()));
    }

    static String uncatalogued(String code) {
        return "An action no longer in any catalogue (recorded as " + code + ")";
    }

    /**
     * A problem the API words for its readers, as a page says it: "did not hear the child (NOT_HEARD)"
     * without the code, which the page's own choices never show; and a value a coded field does not allow
     * ("must be one of [PLAN_AGREED, NOT_HEARD, EXITED]") as the choices the page offers, by their words.
     * The value sent (a hand-made form may send any text) is never repeated.
     */
    public String inWords(String problem) {
        if (problem.startsWith(AllowedValues.ONE_OF)) {
            return CHOICES.getOrDefault(problem, "is not one of the choices the page offers");
        }
        String words = problem;
        for (String code : CODES_IN_BRACKETS) {
            words = words.replace(code, "");
        }
        return words;
    }

    /** The refusal {@link PanelHearings} gives a value that is none of these. */
    private static String allowed(Enum<?>[] codes) {
        return AllowedValues.oneOf(Arrays.stream(codes).map(Enum::name).toList());
    }

    /** The same, as a page says it: each choice as the page's form words it, quoted, as some hold commas. */
    private static String offered(Enum<?>[] codes, Function<Object, String> words) {
        List<String> choices = Arrays.stream(codes)
                .map(code -> "\u201c" + words.apply(code) + "\u201d")
                .toList();
        return "is not one of the choices the page offers: choose "
                + String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
    }

    /** What a linked name is: "Person", "Vehicle", or "Place (takeaway)". */
    public String named(String kind, String placeType) {
        String noun = CodeWords.identifierKind(kind);
        return placeType == null
                ? noun
                : noun + " (" + CodeWords.locationType(placeType).toLowerCase(Locale.UK) + ")";
    }
}
