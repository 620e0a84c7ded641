package org.msettriage.service.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.PanelApi;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.LocationTypeDto;
import org.msettriage.api.model.PanelAgendaDto;
import org.msettriage.api.model.PanelAgendaItemDto;
import org.msettriage.api.model.PanelChildDto;
import org.msettriage.api.model.PanelChildrenDto;
import org.msettriage.api.model.PanelMeetingDto;
import org.msettriage.api.model.PanelMeetingRequestDto;
import org.msettriage.api.model.PanelMeetingsDto;
import org.msettriage.api.model.PanelOutcomeDto;
import org.msettriage.api.model.PanelOutcomeRequestDto;
import org.msettriage.api.model.PanelOutcomesDto;
import org.msettriage.api.model.PanelPlaceOrPerpetratorDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The panel's meetings and their agendas, for the MSET coordinator (policy v1.1, section 11). */
@RestController
class PanelController implements PanelApi {

    private final PanelMeetings meetings;
    private final PanelAgenda agendas;
    private final PanelHearings hearings;
    private final PanelOutcomes outcomes;
    private final PanelOutcomeMapper outcomeMapper;
    private final PanelOutcomeBodyChecks bodyChecks;
    private final JsonMapper json;

    PanelController(
            PanelMeetings meetings,
            PanelAgenda agendas,
            PanelHearings hearings,
            PanelOutcomes outcomes,
            PanelOutcomeMapper outcomeMapper,
            PanelOutcomeBodyChecks bodyChecks,
            JsonMapper json) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.hearings = hearings;
        this.outcomes = outcomes;
        this.outcomeMapper = outcomeMapper;
        this.bodyChecks = bodyChecks;
        this.json = json;
    }

    private PanelMeeting meeting(UUID meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("No panel meeting has this id."));
    }

    @Override
    public ResponseEntity<PanelOutcomeDto> recordPanelOutcome(UUID meetingId, PanelOutcomeRequestDto request) {
        PanelMeeting meeting = meeting(meetingId);
        // Checked whole as the body was read (PanelOutcomeBodyChecks): stored without being judged again.
        PanelHearings.Checked checked = bodyChecks.checked(meeting, PanelOutcomeMapper.proposed(request));
        PanelOutcome outcome = hearings.store(checked, Caller.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(outcomeMapper.dto(outcome));
    }

    @Override
    public ResponseEntity<PanelOutcomesDto> listPanelOutcomes(UUID meetingId) {
        PanelMeeting meeting = meeting(meetingId);
        return ResponseEntity.ok(new PanelOutcomesDto()
                .outcomes(outcomes.at(meeting.meetingId()).stream()
                        .map(outcomeMapper::dto)
                        .toList()));
    }

    @Override
    public ResponseEntity<PanelChildrenDto> listPanelChildren(LocalAuthorityDto localAuthority) {
        return ResponseEntity.ok(new PanelChildrenDto()
                .localAuthority(localAuthority)
                .children(agendas.list(localAuthority.getValue(), Caller.current()).stream()
                        .map(listed -> new PanelChildDto()
                                .childRef(json.readValue(listed.answerJson(), TriageDecisionDto.class)
                                        .getChildRef())
                                .decisionId(listed.lastOutcome().decisionId())
                                .lastOutcome(outcomeMapper.dto(listed.lastOutcome())))
                        .toList()));
    }

    @Override
    public ResponseEntity<PanelMeetingDto> createPanelMeeting(PanelMeetingRequestDto request) {
        if (!hearings.mayBeHeldOn(request.getHeldOn())) {
            throw new InvalidRequestException(List.of(new FieldProblem("/heldOn", PanelMeeting.NOT_A_MEETING_DAY)));
        }
        PanelMeeting meeting =
                meetings.create(request.getLocalAuthority().getValue(), request.getHeldOn(), Caller.current());
        return ResponseEntity.status(HttpStatus.CREATED)
                // Relative, never from the Host header a caller can set (see the triage's Location).
                .location(ServiceAddress.of("/api/v1/panel/meetings/" + meeting.meetingId() + "/agenda"))
                .body(dto(meeting));
    }

    @Override
    public ResponseEntity<PanelMeetingsDto> listPanelMeetings(LocalAuthorityDto localAuthority) {
        return ResponseEntity.ok(new PanelMeetingsDto()
                .meetings(meetings.list(localAuthority == null ? null : localAuthority.getValue()).stream()
                        .map(PanelController::dto)
                        .toList()));
    }

    @Override
    public ResponseEntity<PanelAgendaDto> getPanelAgenda(UUID meetingId) {
        PanelMeeting meeting = meeting(meetingId);
        PanelAgenda.Agenda agenda = agendas.of(meeting, Caller.current());
        Map<UUID, LocalDate> heardLater = hearings.heardAfter(
                meeting,
                agenda.children().stream().map(PanelAgenda.Child::decisionId).toList());
        return ResponseEntity.ok(new PanelAgendaDto()
                .meeting(dto(meeting))
                .previousMeetingOn(agenda.previousMeetingOn())
                .linkWindowDays(agenda.linkWindowDays())
                .children(agenda.children().stream()
                        .map(child -> item(child, Optional.ofNullable(heardLater.get(child.decisionId()))))
                        .toList())
                .placesAndPerpetrators(
                        agenda.named().stream().map(PanelController::named).toList()));
    }

    /**
     * A child to hear, from the decision's answer as it was stored (its summary and actions as answered), and
     * the day of a later meeting that heard them, if one did (as the agenda's page says it).
     */
    private PanelAgendaItemDto item(PanelAgenda.Child child, Optional<LocalDate> heardLaterOn) {
        TriageDecisionDto decision = json.readValue(child.answerJson(), TriageDecisionDto.class);
        PanelAgenda.Item item = child.item();
        return new PanelAgendaItemDto()
                .item(PanelAgendaItemDto.ItemEnum.valueOf(item.kind().name()))
                .lastHearing(item.lastHearing() == null ? null : outcomeMapper.dto(item.lastHearing()))
                .outcome(item.outcome() == null ? null : outcomeMapper.dto(item.outcome()))
                .heardLaterOn(heardLaterOn.orElse(null))
                .decisionId(child.decisionId())
                .referralId(decision.getReferralId())
                .childRef(decision.getChildRef())
                .assessedAt(decision.getAssessedAt())
                .riskLevel(RiskLevelDto.valueOf(item.riskLevel().name()))
                .pathway(decision.getPathway())
                .summary(decision.getExplanation().getSummary())
                .actions(decision.getActions());
    }

    private static PanelPlaceOrPerpetratorDto named(PanelAgenda.Named named) {
        return new PanelPlaceOrPerpetratorDto()
                .kind(PanelPlaceOrPerpetratorDto.KindEnum.valueOf(named.kind().name()))
                .placeType(named.placeType() == null ? null : LocationTypeDto.valueOf(named.placeType()))
                .words(named.words())
                .children(named.children())
                .referrals(named.referrals())
                .localAuthorities(named.localAuthorities())
                .firstNamed(named.firstNamed())
                .lastNamed(named.lastNamed());
    }

    private static PanelMeetingDto dto(PanelMeeting meeting) {
        return new PanelMeetingDto()
                .meetingId(meeting.meetingId())
                .localAuthority(LocalAuthorityDto.fromValue(meeting.localAuthority()))
                .heldOn(meeting.heldOn())
                .dayEndsAt(meeting.endOfDay())
                .createdAt(meeting.createdAt())
                .createdBy(meeting.createdBy());
    }
}
