package org.msettriage.service.panel;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.rules.referral.LocalAuthority;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.PageProblem;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MSET coordinator's pages (policy v1.1, section 11): the meetings, a form to set one up, and each
 * meeting's agenda as a document to print (A4), the place-and-perpetrator item last. The same meetings
 * and agendas the API serves, read the same way (each decision shown recorded in the access log).
 */
@Controller
public class PanelPages {

    private static final String HOME = AuditPageSecurity.PANEL_HOME;
    private static final List<String> AUTHORITIES =
            Arrays.stream(LocalAuthority.values()).map(Enum::name).toList();
    /**
     * A child to hear, as the agenda page shows it: the stored decision's answer beside the agenda's facts,
     * and the outcome form's choice and plan rows as they are filled in (see {@link #form}); {@code kept}
     * the choice, in words, of each code of the plan being corrected that the serving catalogue lacks; {@code
     * problems} why the form came back refused, each with the id of its field on this page (null for none).
     */
    record Hearing(
            PanelAgenda.Child child,
            TriageDecisionDto decision,
            String chosenOutcome,
            PlanForm plan,
            Map<String, String> kept,
            String reason,
            String exitReason,
            String exitText,
            List<PageProblem> problems) {

        /** Each field's own message, by its id, said beside the field. */
        public Map<String, String> errors() {
            return PageProblem.messagesByField(problems);
        }

        /** Whether a field of this child's form, by its id, is one a problem is about. */
        public boolean invalid(String fieldId) {
            return errors().containsKey(fieldId);
        }
    }

    /** A child on the panel's list, as the list page shows it. */
    record OnTheList(PanelOutcome lastOutcome, TriageDecisionDto decision) {}

    private final PanelMeetings meetings;
    private final PanelAgenda agendas;
    private final PanelHearings hearings;
    private final ActiveRuleset active;
    private final JsonMapper json;
    private final PanelWords words;

    PanelPages(
            PanelMeetings meetings,
            PanelAgenda agendas,
            PanelHearings hearings,
            ActiveRuleset active,
            JsonMapper json,
            PanelWords words) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.hearings = hearings;
        this.active = active;
        this.json = json;
        this.words = words;
    }

    private Optional<PanelMeeting> meeting(String meetingId) {
        try {
            return meetings.find(UUID.fromString(meetingId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @GetMapping(HOME)
    String home(Model model) {
        return meetingsPage(model);
    }

    /** A held meeting's agenda, and which of its children without an outcome here have one at a later meeting. */
    private MeetingProgress.Agenda progressOf(PanelMeeting meeting) {
        List<PanelAgenda.Item> items = agendas.items(meeting);
        List<UUID> open = items.stream()
                .filter(item -> item.outcome() == null)
                .map(PanelAgenda.Item::decisionId)
                .toList();
        return new MeetingProgress.Agenda(
                items, hearings.heardAfter(meeting, open).keySet());
    }

    /** The meetings and the form to set one up: the home page, and where a missing meeting leads. */
    private String meetingsPage(Model model) {
        model.addAttribute("section", "meetings");
        List<PanelMeeting> listed = meetings.list(null);
        model.addAttribute("meetings", listed);
        Map<UUID, String> progress = new HashMap<>();
        LocalDate today = hearings.today();
        listed.forEach(meeting -> progress.put(
                meeting.meetingId(), MeetingProgress.of(meeting.heldOn(), today, () -> progressOf(meeting))));
        model.addAttribute("progress", progress);
        model.addAttribute("authorities", AUTHORITIES);
        // Typed as UK users write a day; the form reads ISO days too. The partnership's today, the one the
        // meetings' progress is told by, not the server's.
        model.addAttribute("today", TypedDay.written(today));
        return "panel/home";
    }

    @PostMapping(HOME + "/meetings")
    RedirectView create(
            // Left out, as a form without the field sends them, they are refused as the empty ones are (back
            // to the form, in words), not with a 400 page of their own (a coordinator's trial).
            @RequestParam(defaultValue = "") String localAuthority,
            @RequestParam(defaultValue = "") String heldOn,
            @AuthenticationPrincipal Caller coordinator,
            RedirectAttributes outcome) {
        boolean known = AUTHORITIES.contains(localAuthority);
        LocalDate day = TypedDay.read(heldOn).orElse(null);
        if (!known || day == null || !hearings.mayBeHeldOn(day)) {
            outcome.addFlashAttribute(
                    "problem",
                    !known
                            ? "Choose the local authority the meeting is for."
                            : FreeText.isBlank(heldOn)
                                    ? "Give the meeting's day."
                                    : day == null
                                            ? "The meeting's day " + TypedDay.UNREADABLE + "."
                                            : "Give a meeting day from 1 January 2000 to a year from today.");
            // The form comes back as it was filled in, to be put right rather than typed again, the field at
            // fault marked and linked from the message.
            outcome.addFlashAttribute("problemField", known ? "heldOn" : "localAuthority");
            outcome.addFlashAttribute("heldOn", heldOn);
            outcome.addFlashAttribute("chosen", localAuthority);
            return new RedirectView(HOME, true);
        }
        try {
            PanelMeeting meeting = meetings.create(localAuthority, day, coordinator);
            return new RedirectView(HOME + "/meetings/" + meeting.meetingId(), true);
        } catch (ConflictException e) {
            outcome.addFlashAttribute("problem", words.inWords(e.inWords()) + ".");
            outcome.addFlashAttribute("problemField", "heldOn");
            outcome.addFlashAttribute("heldOn", heldOn);
            outcome.addFlashAttribute("chosen", localAuthority);
            if (e instanceof MeetingAlreadySetUp already) {
                outcome.addFlashAttribute("alreadySetUp", already.meetingId());
            }
            return new RedirectView(HOME, true);
        }
    }

    @GetMapping(HOME + "/meetings/{meetingId}")
    String agenda(
            @PathVariable String meetingId,
            @AuthenticationPrincipal Caller coordinator,
            HttpServletResponse response,
            Model model) {
        PanelMeeting meeting = meeting(meetingId).orElse(null);
        if (meeting == null) {
            // In the coordinator's own pages, with the meetings to choose from, answered 404.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", "There is no such meeting. Choose one below.");
            return meetingsPage(model);
        }
        PanelAgenda.Agenda agenda = agendas.of(meeting, coordinator);
        model.addAttribute("section", "meetings");
        model.addAttribute("agenda", agenda);
        // The page's title is worked out here: a layout's parameters may not call beans.
        model.addAttribute(
                "pageTitle",
                "Agenda: " + words.localAuthority(meeting.localAuthority()) + ", "
                        + meeting.heldOn().format(PanelWords.DAY));
        ReturnedOutcomeForm returned = model.getAttribute("returned") instanceof ReturnedOutcomeForm form ? form : null;
        Set<String> serving = active.engine().policy().actions().stream()
                .map(ActionDefinition::code)
                .collect(Collectors.toSet());
        List<PanelAgenda.Child> children = agenda.children();
        List<Hearing> toHear = IntStream.range(0, children.size())
                .mapToObj(i -> form(children.get(i), i + 1, returned, serving))
                .toList();
        model.addAttribute("hearings", toHear);
        // Before its day a meeting has decided nothing: no form is offered that could only be refused.
        boolean held = hearings.held(meeting);
        model.addAttribute("held", held);
        // A child a later meeting heard takes no new outcome here: the form is not offered, and why is said.
        Map<UUID, LocalDate> heardLater = hearings.heardAfter(
                meeting, toHear.stream().map(h -> h.child().decisionId()).toList());
        model.addAttribute("heardLater", heardLater);
        // The children whose outcome form the page offers: held, and not heard by a later meeting since.
        Set<UUID> offered = toHear.stream()
                .filter(h -> held
                        && (h.child().item().outcome() != null
                                || !heardLater.containsKey(h.child().decisionId())))
                .map(h -> h.child().decisionId())
                .collect(Collectors.toSet());
        model.addAttribute("offered", offered);
        if (returned != null && offered.stream().noneMatch(returned::isOf)) {
            // The child is no longer on the agenda (a newer referral since), or its form is no longer offered
            // (a later meeting heard the child meanwhile): a refusal is said at the top, not lost.
            model.addAttribute("problem", returned.problem());
            model.addAttribute("returned", null);
        } else if (returned != null && returned.refused()) {
            // Said at the child's form, which the page opens at; the title says first that there is a problem.
            model.addAttribute("pageTitle", "Error: " + model.getAttribute("pageTitle"));
        }
        model.addAttribute("catalogue", active.engine().policy().actions());
        model.addAttribute("agencies", Arrays.asList(PanelOutcome.LeadAgency.values()));
        model.addAttribute("exitReasons", Arrays.asList(PanelOutcome.ExitReason.values()));
        return "panel/agenda";
    }

    /**
     * A child's outcome form, filled in: as it was sent back (refused, or for another row), else with the
     * outcome being corrected (a plan's every action, or the reason not heard or the exit's, to change what
     * is wrong and send back whole), else empty.
     */
    private Hearing form(PanelAgenda.Child child, int place, ReturnedOutcomeForm returned, Set<String> serving) {
        TriageDecisionDto decision = json.readValue(child.answerJson(), TriageDecisionDto.class);
        PanelOutcome current = child.item().outcome();
        boolean planned = current != null && current.outcome() == PanelOutcome.Kind.PLAN_AGREED;
        Map<String, String> kept = planned ? kept(current, serving) : Map.of();
        if (returned != null && returned.isOf(child.decisionId())) {
            // Each problem links to its field by the id it has now: the child's number may have changed.
            List<PageProblem> problems = returned.problems().stream()
                    .map(problem -> new PageProblem(
                            problem.text(),
                            problem.field() == null ? null : problem.field().id(place)))
                    .toList();
            return new Hearing(
                    child,
                    decision,
                    returned.outcome(),
                    returned.plan(),
                    kept,
                    returned.reason(),
                    returned.exitReason(),
                    returned.exitText(),
                    problems);
        }
        if (planned) {
            return new Hearing(
                    child,
                    decision,
                    current.outcome().name(),
                    PlanForm.of(current.details().plan()),
                    kept,
                    null,
                    null,
                    null,
                    List.of());
        }
        if (current != null) {
            // Not heard or exited: corrected from what was recorded, so changing one part keeps the rest.
            return new Hearing(
                    child,
                    decision,
                    current.outcome().name(),
                    PlanForm.blank(),
                    kept,
                    current.details().reason(),
                    current.exitReason() == null ? null : current.exitReason().name(),
                    current.details().exitText(),
                    List.of());
        }
        return new Hearing(child, decision, null, PlanForm.blank(), kept, null, null, null, List.of());
    }

    /**
     * The catalogue actions of an agreed plan the serving catalogue no longer has, each as its row's list
     * offers it: kept as agreed, by its title then (the list could not show it otherwise, and a row sent
     * back in words would turn the action into a sentence).
     */
    private Map<String, String> kept(PanelOutcome plan, Set<String> serving) {
        Map<String, String> kept = new HashMap<>();
        for (PanelOutcome.PlanAction action : plan.details().plan()) {
            if (action.code() != null && !serving.contains(action.code())) {
                kept.put(action.code(), "Kept as agreed: " + words.title(plan, action));
            }
        }
        return kept;
    }

    /**
     * The agenda's running head in print: the meeting's local authority and day in the top margin of every
     * page. Its words come from fixed lists (a local authority, a day), so nothing typed reaches the CSS.
     */
    @GetMapping(value = HOME + "/meetings/{meetingId}/print.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> runningHead(@PathVariable String meetingId) {
        return meeting(meetingId)
                .map(meeting -> ResponseEntity.ok(
                        AgendaPrint.runningHead(words.localAuthority(meeting.localAuthority()), meeting.heldOn())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * The list of children's running head in print: its local authority and today's day. From fixed lists
     * too; a local authority the panel does not know has none.
     */
    @GetMapping(value = HOME + "/children/print.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> listRunningHead(@RequestParam(required = false) String localAuthority) {
        return AUTHORITIES.contains(localAuthority)
                ? ResponseEntity.ok(
                        AgendaPrint.runningHeadOfList(words.localAuthority(localAuthority), hearings.today()))
                : ResponseEntity.notFound().build();
    }

    /** What the outcome form's "Add another action" button sends as {@code then}: show the form again. */
    static final String ADD_ACTION = "add-action";

    /**
     * What its "Clear the actions" button sends: the form again with its plan empty, as an outcome other
     * than a plan takes none, and a plan being corrected comes with every action filled in.
     */
    static final String CLEAR_ACTIONS = "clear-actions";

    /**
     * Records an outcome from the agenda's form and goes back to the child on the agenda, saying what was
     * recorded or, in words, every problem with it. Plan rows left empty are not part of the plan. Sent by
     * "Add another action" instead, it records nothing and checks nothing: the form comes back as it was
     * filled in, with one more plan row.
     */
    @PostMapping(HOME + "/meetings/{meetingId}/outcomes")
    RedirectView record(
            @PathVariable String meetingId,
            @RequestParam(required = false) String decisionId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String[] planCode,
            @RequestParam(required = false) String[] planText,
            @RequestParam(required = false) String[] planLead,
            @RequestParam(required = false) String[] planDue,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String exitReason,
            @RequestParam(required = false) String exitText,
            @RequestParam(required = false) String corrects,
            @RequestParam(required = false) String then,
            @AuthenticationPrincipal Caller coordinator,
            RedirectAttributes result) {
        PanelMeeting meeting = meeting(meetingId).orElse(null);
        if (meeting == null) {
            result.addFlashAttribute("problem", "There is no such meeting. Choose one below.");
            return new RedirectView(HOME, true);
        }
        // Back to the decision's own place on the agenda, which recording an outcome does not move.
        UUID decision = uuid(decisionId);
        String agenda = HOME + "/meetings/" + meeting.meetingId();
        String back = agenda + (decision == null ? "" : "#" + anchor(decision));
        PlanForm sent = new PlanForm(list(planCode), list(planText), list(planLead), list(planDue));
        if ((ADD_ACTION.equals(then) || CLEAR_ACTIONS.equals(then)) && decision != null) {
            PlanForm plan = ADD_ACTION.equals(then) ? sent.withOneMoreRow() : PlanForm.blank();
            String press = "Nothing is recorded until you press "
                    + (uuid(corrects) == null ? "Record the outcome." : "Record the correction.");
            String notice = !ADD_ACTION.equals(then)
                    ? "The plan's actions were cleared. " + press
                    : plan.rows() > sent.sentRows()
                            ? "Action " + plan.rows() + " added. " + press
                            : "No action was added: a plan has at most " + PanelHearings.MOST_ACTIONS + " actions. "
                                    + press;
            result.addFlashAttribute(
                    "returned",
                    new ReturnedOutcomeForm(decision, List.of(), notice, outcome, plan, reason, exitReason, exitText));
            // To the row added, or to the first row once cleared: the form is long, and its notice is at the top.
            String row = anchor(decision) + "-action-" + (ADD_ACTION.equals(then) ? plan.rows() : 1);
            return new RedirectView(agenda + "#" + row, true);
        }
        PlanRows rows = PlanRows.of(list(planCode), list(planText), list(planLead), list(planDue));
        try {
            PanelOutcome recorded = hearings.record(
                    meeting,
                    new PanelHearings.Proposed(
                            uuid(decisionId), outcome, rows.actions(), reason, exitReason, exitText, uuid(corrects)),
                    rows.unreadable(),
                    coordinator);
            notice(
                    result,
                    decision,
                    (recorded.corrects() == null ? "Recorded: " : "Corrected: ")
                            + words.outcome(recorded.outcome().name()) + ".");
        } catch (OutcomeAlreadyRecorded sentTwice) {
            // Sent twice (a double click): the first was recorded, and that is what the coordinator needs.
            notice(
                    result,
                    decision,
                    "Already recorded: "
                            + words.outcome(sentTwice.recorded().outcome().name())
                            + ". It was sent twice; nothing was recorded twice.");
        } catch (InvalidRequestException | ConflictException e) {
            // Each problem with the field of the form it is about, which the page links to and marks.
            List<OutcomeProblem> problems = e instanceof InvalidRequestException invalid
                    ? invalid.problems().stream()
                            .map(p -> new OutcomeProblem(
                                    rows.field(p.pointer()) + " " + words.inWords(p.message()) + ".",
                                    rows.formField(p.pointer())))
                            .toList()
                    : List.of(new OutcomeProblem(
                            e instanceof OutcomeConflict overtaken
                                    ? overtaken.inWords() + "."
                                    : words.inWords(e.getMessage()) + ".",
                            null));
            UUID refusedFor = decision;
            ReturnedOutcomeForm refused =
                    new ReturnedOutcomeForm(refusedFor, problems, null, outcome, sent, reason, exitReason, exitText);
            if (refusedFor == null) {
                result.addFlashAttribute("problem", refused.problem());
            } else {
                // Shown again at that decision's form (wherever the agenda has it by then), filled in as it
                // was sent, each problem linked to its field.
                result.addFlashAttribute("returned", refused);
                return new RedirectView(agenda + "#refused-" + anchor(refusedFor), true);
            }
        }
        return new RedirectView(back, true);
    }

    /** Said at the child's place, where the page comes back to; at the top when no child was named. */
    private static void notice(RedirectAttributes result, UUID decision, String text) {
        if (decision == null) {
            result.addFlashAttribute("notice", text);
        } else {
            result.addFlashAttribute("outcomeNotice", new OutcomeNotice(decision, text));
        }
    }

    @GetMapping(HOME + "/children")
    String children(
            @RequestParam(required = false) String localAuthority,
            @AuthenticationPrincipal Caller coordinator,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("section", "children");
        model.addAttribute("authorities", AUTHORITIES);
        String given = FreeText.isBlank(localAuthority) ? null : localAuthority.strip();
        String chosen = AUTHORITIES.contains(given) ? given : null;
        if (given != null && chosen == null) {
            // Refused as the API refuses it (400), in words; what was given is not repeated, as an address
            // can carry any text. The form stays, to choose again.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "problem",
                    "The local authority chosen is not one the panel knows: choose one of "
                            + AUTHORITIES.stream().map(words::localAuthority).collect(Collectors.joining(", "))
                            + ".");
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "listed",
                chosen == null
                        ? List.of()
                        : agendas.list(chosen, coordinator).stream()
                                .map(listed -> new OnTheList(
                                        listed.lastOutcome(),
                                        json.readValue(listed.answerJson(), TriageDecisionDto.class)))
                                .toList());
        return "panel/children";
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    /**
     * The id of a child's place on the agenda page, by the decision that brings them: a number would name
     * another child once the agenda changes, a decision id names the same child on every agenda.
     */
    public static String anchor(UUID decisionId) {
        return "decision-" + decisionId;
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
