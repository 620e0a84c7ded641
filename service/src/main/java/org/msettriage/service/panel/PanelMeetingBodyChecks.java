package org.msettriage.service.panel;

import java.util.List;
import java.util.Map;
import org.msettriage.api.model.PanelMeetingRequestDto;
import org.msettriage.service.problem.BodyChecks;
import org.msettriage.service.problem.FieldProblem;
import org.springframework.stereotype.Component;

/** A meeting's day checked as its body is read, so a refusal names it with an unknown local authority. */
@Component
class PanelMeetingBodyChecks implements BodyChecks<PanelMeetingRequestDto> {

    private final PanelHearings hearings;

    PanelMeetingBodyChecks(PanelHearings hearings) {
        this.hearings = hearings;
    }

    @Override
    public Class<PanelMeetingRequestDto> type() {
        return PanelMeetingRequestDto.class;
    }

    @Override
    public void check(PanelMeetingRequestDto body, Map<String, String> path, List<FieldProblem> problems) {
        if (body.getHeldOn() != null && !hearings.mayBeHeldOn(body.getHeldOn())) {
            problems.add(new FieldProblem("/heldOn", PanelMeeting.NOT_A_MEETING_DAY));
        }
    }
}
