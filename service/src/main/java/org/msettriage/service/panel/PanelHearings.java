package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.springframework.transaction.support.TransactionTemplate;

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
     * The most actions a plan may have (the contract's {@code maxItems} says the same). The agenda's form
     * shows as many rows as the plan it corrects has, so any plan recorded can be corrected there.
     */
    static final int MOST_ACTIONS = 40;

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

    /** An outcome's fields in the order the agenda's form asks for them. */
    private static final List<String> FIELDS =
            List.of("/decisionId", "/corrects", "/outcome", "/plan", "/reason", "/exitReason", "/exitText");

    private static final Pattern ACTION = Pattern.compile("^/plan/(\\d+)");

    /**
     * Problems as the coordinator reads the form, top to bottom, a plan's actions by their number (a plan's
     * tenth after its second, not before it as the pointers' text sorts). The API's reader sorts its own.
     */
    static final Comparator<FieldProblem> IN_FORM_ORDER = Comparator.<FieldProblem>comparingInt(p -> field(p.pointer()))
            .thenComparingInt(p -> action(p.pointer()))
            .thenComparingInt(p -> part(p.pointer()))
            .thenComparing(FieldProblem::pointer);

    /** An action's parts in the order the form's row gives them: its lead agency before its due date. */
    private static final List<String> ACTION_PARTS = List.of("code", "text", "leadAgency", "dueBy");

    private final PanelAgenda agendas;
    private final PanelMeetings meetings;
    private final PanelOutcomes outcomes;
    private final TransactionTemplate transactions;
    private final ActiveRuleset active;
    private final ZoneId zone;

    PanelHearings(
            PanelAgenda agendas,
            PanelMeetings meetings,
            PanelOutcomes outcomes,
            TransactionTemplate transactions,
            ActiveRuleset active,
            ReportSettings reports) {
        this.agendas = agendas;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.active = active;
        this.zone = reports.zone();
    }

    /**
     * An outcome found to have no problem, for a meeting whose day has come: only such is stored, so the
     * checks run once for each recording, whichever path (the API's body reader, the pages) made them.
     */
    static final class Checked {
        private final PanelMeeting meeting;
        private final Proposed proposed;

        private Checked(PanelMeeting meeting, Proposed proposed) {
            this.meeting = meeting;
            this.proposed = proposed;
        }

        /** Whether this is the outcome checked for this meeting, as proposed. */
        boolean isOf(PanelMeeting other, Proposed given) {
            return meeting.meetingId().equals(other.meetingId()) && proposed.equals(given);
        }
    }

    /**
     * Checks the outcome and records it; {@code unread} are problems found as it was read (a due date that
     * could not be read as one, say), named with the rest and not judged again.
     */
    PanelOutcome record(PanelMeeting meeting, Proposed proposed, List<FieldProblem> unread, Caller coordinator) {
        return store(check(meeting, proposed, unread), coordinator);
    }

    /**
     * The one check of an outcome: a 409 for a meeting whose day has not come, else a 400 naming every
     * problem (by pointer) unless there is none.
     */
    Checked check(PanelMeeting meeting, Proposed proposed, List<FieldProblem> unread) {
        // The day is the partnership's, in the time zone its reports count days in.
        if (!held(meeting)) {
            // The day as the pages write it: the API's readers and the coordinator's read this same text.
            throw new ConflictException("The meeting of " + meeting.heldOn().format(PanelWords.DAY)
                    + " has not been held yet, so nothing it decided can be recorded; record outcomes on or after"
                    + " its day");
        }
        List<FieldProblem> problems = new ArrayList<>();
        return judge(meeting, proposed, unread, problems).orElseThrow(() -> new InvalidRequestException(problems));
    }

    /**
     * Adds every problem of the outcome to {@code problems}, with {@code unread} (those found as it was
     * read), in the order the agenda's form asks for their fields; the outcome checked when there is none. Nothing is judged for a meeting whose day has not come: {@link #check} refuses it whole.
     */
    Optional<Checked> judge(
            PanelMeeting meeting, Proposed proposed, List<FieldProblem> unread, List<FieldProblem> problems) {
        if (!held(meeting)) {
            return Optional.empty();
        }
        List<FieldProblem> found = new ArrayList<>(BadNodes.notCoveredBy(unread, problems(meeting, proposed)));
        found.addAll(unread);
        found.sort(IN_FORM_ORDER);
        problems.addAll(found);
        return found.isEmpty() ? Optional.of(new Checked(meeting, proposed)) : Optional.empty();
    }

    /**
     * Stores an outcome {@link #check} or {@link #judge} found no problem with, with the local authority's
     * meetings locked ({@link PanelMeetings#lockMeetingsOf}): what another meeting recorded meanwhile is
     * weighed again under the lock, so two outcomes for one child at two meetings are judged one after the
     * other, as if sent in turn. The decision must still be on the agenda (a child exited at the earlier
     * meeting meanwhile is not on the later one's), and no later meeting may have heard the child.
     */
    PanelOutcome store(Checked checked, Caller coordinator) {
        return transactions.execute(status -> {
            meetings.lockMeetingsOf(checked.meeting.localAuthority());
            if (!onAgenda(checked.meeting, checked.proposed.decisionId())) {
                throw new InvalidRequestException(List.of(notOnAgenda()));
            }
            return write(checked, coordinator);
        });
    }

    private PanelOutcome write(Checked checked, Caller coordinator) {
        PanelMeeting meeting = checked.meeting;
        Proposed proposed = checked.proposed;
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

    /**
     * The day of the latest later meeting that heard this decision's child, if one did: this meeting then
     * records no new outcome for them ({@link PanelOutcomes#heardAfter}), only a correction of its own.
     */
    Map<UUID, LocalDate> heardAfter(PanelMeeting meeting, Collection<UUID> decisionIds) {
        return outcomes.heardAfter(meeting, decisionIds);
    }

    /** Whether the meeting's day has begun, in the partnership's time zone: only then can it have decided. */
    boolean held(PanelMeeting meeting) {
        return !meeting.heldOn().isAfter(today());
    }

    /** Today in the partnership's time zone, the day a meeting is held on. */
    LocalDate today() {
        return LocalDate.now(zone);
    }

    /**
     * Whether a meeting may be set up for this day ({@link PanelMeeting#plausibleDay}), a year ahead counted
     * from the partnership's today: the same day for the page, the API and the form's suggested day.
     */
    boolean mayBeHeldOn(LocalDate day) {
        return PanelMeeting.plausibleDay(day, today());
    }

    /**
     * Every problem with the outcome proposed for this meeting; empty when it may be recorded. A field
     * absent from it may have been refused already as the body was read (an unknown code, a date in another
     * form): so an outcome of no known kind is not also told which fields only other kinds take.
     */
    private List<FieldProblem> problems(PanelMeeting meeting, Proposed proposed) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proposed.decisionId() == null) {
            problems.add(new FieldProblem("/decisionId", "is required"));
        } else if (!onAgenda(meeting, proposed.decisionId())) {
            problems.add(notOnAgenda());
        }
        PanelOutcome.Kind kind = known(PanelOutcome.Kind.class, proposed.outcome(), "/outcome", problems);
        List<ProposedAction> proposedPlan = proposed.plan() == null ? List.of() : proposed.plan();
        if (kind == PanelOutcome.Kind.PLAN_AGREED && proposedPlan.isEmpty()) {
            problems.add(new FieldProblem("/plan", "needs at least one action when a plan is agreed"));
        } else if (kind == PanelOutcome.Kind.PLAN_AGREED || kind == null) {
            if (proposedPlan.size() > MOST_ACTIONS) {
                problems.add(new FieldProblem("/plan", "must have at most " + MOST_ACTIONS + " actions"));
            }
            checkPlan(proposedPlan, meeting, () -> agreedCodes(meeting, proposed), problems);
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
     * (null) was refused as the body was read, and is not judged again. A code the serving catalogue lacks
     * may stand only where the plan being corrected has it: that action was agreed from the catalogue of
     * its day, and a correction that leaves it alone keeps it as agreed.
     */
    private void checkPlan(
            List<ProposedAction> proposed,
            PanelMeeting meeting,
            Supplier<Set<String>> agreedCodes,
            List<FieldProblem> problems) {
        Policy policy = active.engine().policy();
        Set<String> agreed = null;
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
                agreed = agreed == null ? agreedCodes.get() : agreed;
                if (!agreed.contains(action.code().strip())) {
                    problems.add(
                            new FieldProblem(at + "/code", "is not an action in the catalogue of the ruleset serving"));
                }
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

    private boolean onAgenda(PanelMeeting meeting, UUID decisionId) {
        return agendas.items(meeting).stream().anyMatch(i -> i.decisionId().equals(decisionId));
    }

    private static FieldProblem notOnAgenda() {
        return new FieldProblem("/decisionId", "is not on this meeting's agenda");
    }

    /** The codes of the plan a correction names, if it names the item's current outcome; else none. */
    private Set<String> agreedCodes(PanelMeeting meeting, Proposed proposed) {
        if (proposed.corrects() == null || proposed.decisionId() == null) {
            return Set.of();
        }
        return outcomes.currentAt(meeting.meetingId(), proposed.decisionId())
                .filter(current -> current.outcomeId().equals(proposed.corrects()))
                .map(current -> current.details().plan().stream()
                        .map(PanelOutcome.PlanAction::code)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
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

    private static int field(String pointer) {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (pointer.equals(FIELDS.get(i)) || pointer.startsWith(FIELDS.get(i) + "/")) {
                return i;
            }
        }
        return FIELDS.size();
    }

    private static int action(String pointer) {
        Matcher action = ACTION.matcher(pointer);
        return action.find() ? Integer.parseInt(action.group(1)) : -1;
    }

    /** An action's part by its place in the form's row; the action as a whole before them all. */
    private static int part(String pointer) {
        if (ACTION.matcher(pointer).matches()) {
            return -1;
        }
        int index = ACTION_PARTS.indexOf(pointer.substring(pointer.lastIndexOf('/') + 1));
        return index < 0 ? ACTION_PARTS.size() : index;
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
