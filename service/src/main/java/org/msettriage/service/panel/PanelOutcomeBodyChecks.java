package org.msettriage.service.panel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.model.PanelOutcomeRequestDto;
import org.msettriage.service.problem.BodyChecks;
import org.msettriage.service.problem.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * An outcome's section 11 checks, made as its body is read, so that a refusal names them with the body's
 * other problems (an unknown lead agency in one action and a due date before the meeting in another).
 * An outcome they find nothing wrong with is kept for the request, so the controller stores it without
 * judging it again. A meeting that does not exist or has not been held yet is left to the controller's
 * 404 or 409.
 */
@Component
class PanelOutcomeBodyChecks implements BodyChecks<PanelOutcomeRequestDto> {

    private static final String CHECKED = PanelOutcomeBodyChecks.class.getName() + ".checked";

    private final PanelMeetings meetings;
    private final PanelHearings hearings;

    PanelOutcomeBodyChecks(PanelMeetings meetings, PanelHearings hearings) {
        this.meetings = meetings;
        this.hearings = hearings;
    }

    @Override
    public Class<PanelOutcomeRequestDto> type() {
        return PanelOutcomeRequestDto.class;
    }

    @Override
    public void check(PanelOutcomeRequestDto body, Map<String, String> path, List<FieldProblem> problems) {
        meeting(path.get("meetingId"))
                .flatMap(meeting -> hearings.judge(meeting, PanelOutcomeMapper.proposed(body), List.of(), problems))
                .ifPresent(checked -> RequestContextHolder.currentRequestAttributes()
                        .setAttribute(CHECKED, checked, RequestAttributes.SCOPE_REQUEST));
    }

    /**
     * The outcome these checks found nothing wrong with as this request's body was read, if it is the one
     * given; else (the meeting's day came between reading and recording, say) it is checked now, once.
     */
    PanelHearings.Checked checked(PanelMeeting meeting, PanelHearings.Proposed proposed) {
        Object kept =
                RequestContextHolder.currentRequestAttributes().getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST);
        return kept instanceof PanelHearings.Checked checked && checked.isOf(meeting, proposed)
                ? checked
                : hearings.check(meeting, proposed, List.of());
    }

    private Optional<PanelMeeting> meeting(String id) {
        try {
            return id == null ? Optional.empty() : meetings.find(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
