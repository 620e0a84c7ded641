package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.AllowedValues;
import org.msettriage.service.problem.BadNodes;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Records what the panel decided for a child on a meeting's agenda, after checking the outcome against
 * section 11: every problem is named at once (by JSON pointer), and nothing is stored unless there are
 * none. The API and the coordinator's pages both record through here, so a problem names a value in words
 * and then its code in brackets, "(NOT_HEARD)", which the pages leave out ({@link PanelWords#inWords}).
 */
@Component
class PanelHearings {

    /** How far ahead a plan's action may be due: further is a slip in the date, not a plan. */
    static final int PLAN_YEARS = 5;

    /**
     * The most actions a plan may have: as many as the agenda's form has rows, so that any plan recorded
     * can be shown in it again and corrected (the contract's {@code maxItems} says the same).
     */
    static final int MOST_ACTIONS = 4;

    /** An outcome as a coordinator gave it, not yet checked: codes are still words. */
    record Proposed(
            UUID decisionId,
            String outcome,
            List<ProposedAction> plan,
            String reason,
            String exitReason,
            String exitText,
            UUID corrects) {}

    record ProposedAction(String code, String text, String leadAgency, LocalDate dueBy) {}

    private final PanelAgenda agendas;
    private final PanelOutcomes outcomes;
    private final ActiveRuleset active;
    private final ZoneId zone;

    PanelHearings(PanelAgenda agendas, PanelOutcomes outcomes, ActiveRuleset active, ReportSettings reports) {
        this.agendas = agendas;
        this.outcomes = outcomes;
        this.active = active;
        this.zone = reports.zone();
    }

    PanelOutcome record(PanelMeeting meeting, Proposed proposed, Caller coordinator) {
        return record(meeting, proposed, List.of(), coordinator);
    }

    /**
     * Records the outcome unless it has a problem; {@code unread} are those found as it was read (a due date
     * that could not be read as one, say), named with the rest and not judged again.
     */
    PanelOutcome record(PanelMeeting meeting, Proposed proposed, List<FieldProblem> unread, Caller coordinator) {
        // The day is the partnership's, in the time zone its reports count days in.
        if (!held(meeting)) {
            // The day as the pages write it: the API's readers and the coordinator's read this same text.
            throw new ConflictException("The meeting of " + meeting.heldOn().format(PanelWords.DAY)
                    + " has not been held yet, so nothing it decided can be recorded; record outcomes on or after"
                    + " its day");
        }
        List<FieldProblem> problems = new ArrayList<>(BadNodes.notCoveredBy(unread, problems(meeting, proposed)));
        problems.addAll(unread);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        PanelOutcome.Kind kind = PanelOutcome.Kind.valueOf(proposed.outcome().strip());
        PanelOutcome.ExitReason exitReason = kind == PanelOutcome.Kind.EXITED
                ? PanelOutcome.ExitReason.valueOf(proposed.exitReason().strip())
                : null;
        boolean other = exitReason == PanelOutcome.ExitReason.OTHER;
        PanelOutcome.Details details = new PanelOutcome.Details(
                kind == PanelOutcome.Kind.PLAN_AGREED ? plan(proposed.plan()) : List.of(),
                FreeText.orNull(proposed.reason()),
                other ? proposed.exitText().strip() : null);
        return outcomes.record(
                meeting, proposed.decisionId(), kind, exitReason, details, proposed.corrects(), coordinator);
    }

    /** Whether the meeting's day has begun, in the partnership's time zone: only then can it have decided. */
    boolean held(PanelMeeting meeting) {
        return !meeting.heldOn().isAfter(LocalDate.now(zone));
    }

    /**
     * Every problem with the outcome proposed for this meeting; empty when it may be recorded. A field
     * absent from it may have been refused already as the body was read (an unknown code, a date in another
     * form): so an outcome of no known kind is not also told which fields only other kinds take.
     */
    List<FieldProblem> problems(PanelMeeting meeting, Proposed proposed) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proposed.decisionId() == null) {
            problems.add(new FieldProblem("/decisionId", "is required"));
        } else if (agendas.items(meeting).stream().noneMatch(i -> i.decisionId().equals(proposed.decisionId()))) {
            problems.add(new FieldProblem("/decisionId", "is not on this meeting's agenda"));
        }
        PanelOutcome.Kind kind = known(PanelOutcome.Kind.class, proposed.outcome(), "/outcome", problems);
        List<ProposedAction> proposedPlan = proposed.plan() == null ? List.of() : proposed.plan();
        if (kind == PanelOutcome.Kind.PLAN_AGREED && proposedPlan.isEmpty()) {
            problems.add(new FieldProblem("/plan", "needs at least one action when a plan is agreed"));
        } else if (kind == PanelOutcome.Kind.PLAN_AGREED || kind == null) {
            if (proposedPlan.size() > MOST_ACTIONS) {
                problems.add(new FieldProblem("/plan", "must have at most " + MOST_ACTIONS + " items"));
            }
            checkPlan(proposedPlan, meeting, problems);
        } else if (!proposedPlan.isEmpty()) {
            problems.add(new FieldProblem("/plan", "is only for an agreed plan (PLAN_AGREED)"));
        }
        if (kind == PanelOutcome.Kind.NOT_HEARD && FreeText.isBlank(proposed.reason())) {
            problems.add(new FieldProblem("/reason", "is required when the child was not heard"));
        } else if (kind != null && kind != PanelOutcome.Kind.NOT_HEARD && FreeText.isPresent(proposed.reason())) {
            problems.add(
                    new FieldProblem("/reason", "is given only when the panel did not hear the child (NOT_HEARD)"));
        }
        PanelOutcome.ExitReason exitReason = null;
        if (kind == PanelOutcome.Kind.EXITED) {
            exitReason = FreeText.isBlank(proposed.exitReason())
                    ? required("/exitReason", "is required when the child exits", problems)
                    : known(PanelOutcome.ExitReason.class, proposed.exitReason(), "/exitReason", problems);
        } else if (kind != null && FreeText.isPresent(proposed.exitReason())) {
            problems.add(new FieldProblem("/exitReason", "is given only when the child left MSET (EXITED)"));
        }
        boolean other = exitReason == PanelOutcome.ExitReason.OTHER;
        if (other && FreeText.isBlank(proposed.exitText())) {
            problems.add(new FieldProblem("/exitText", "is required when the exit reason is Another reason (OTHER)"));
        } else if (kind != null && !other && FreeText.isPresent(proposed.exitText())) {
            problems.add(new FieldProblem("/exitText", "is only for an exit whose reason is Another reason (OTHER)"));
        }
        return problems;
    }

    /**
     * The plan's actions: each a catalogue code or words, with a lead and a due date. An action left out
     * (null) was refused as the body was read, and is not judged again.
     */
    private void checkPlan(List<ProposedAction> proposed, PanelMeeting meeting, List<FieldProblem> problems) {
        Policy policy = active.engine().policy();
        for (int i = 0; i < proposed.size(); i++) {
            ProposedAction action = proposed.get(i);
            if (action == null) {
                continue;
            }
            String at = FieldProblem.item("/plan", i);
            boolean coded = FreeText.isPresent(action.code());
            boolean worded = FreeText.isPresent(action.text());
            if (coded && worded) {
                problems.add(new FieldProblem(at, "give either a catalogue code or the action in words, not both"));
            } else if (!coded && !worded) {
                problems.add(new FieldProblem(at, "give a catalogue code or the action in words"));
            } else if (coded && policy.action(action.code().strip()) == null) {
                problems.add(
                        new FieldProblem(at + "/code", "is not an action in the catalogue of the ruleset serving"));
            }
            if (FreeText.isBlank(action.leadAgency())) {
                problems.add(new FieldProblem(at + "/leadAgency", "is required"));
            } else {
                known(PanelOutcome.LeadAgency.class, action.leadAgency(), at + "/leadAgency", problems);
            }
            if (action.dueBy() == null) {
                problems.add(new FieldProblem(at + "/dueBy", "is required"));
            } else if (action.dueBy().isBefore(meeting.heldOn())) {
                problems.add(new FieldProblem(at + "/dueBy", "is before the meeting's day"));
            } else if (action.dueBy().isAfter(meeting.heldOn().plusYears(PLAN_YEARS))) {
                // A day in year 99999 was stored and shown as "24 December +99999".
                problems.add(new FieldProblem(
                        at + "/dueBy", "is more than " + PLAN_YEARS + " years after the meeting's day"));
            }
        }
    }

    /** The plan's actions as recorded, once {@link #problems} found none. */
    private static List<PanelOutcome.PlanAction> plan(List<ProposedAction> proposed) {
        return proposed.stream()
                .map(action -> new PanelOutcome.PlanAction(
                        FreeText.isPresent(action.code()) ? action.code().strip() : null,
                        FreeText.isPresent(action.text()) ? action.text().strip() : null,
                        action.leadAgency().strip(),
                        action.dueBy()))
                .toList();
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String at, List<FieldProblem> problems) {
        if (FreeText.isBlank(value)) {
            return required(at, "is required", problems);
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip()))
                .findFirst()
                .orElseGet(() -> required(
                        at,
                        AllowedValues.oneOf(Arrays.stream(type.getEnumConstants())
                                .map(Enum::name)
                                .toList()),
                        problems));
    }

    private static <E> E required(String at, String message, List<FieldProblem> problems) {
        problems.add(new FieldProblem(at, message));
        return null;
    }
}
