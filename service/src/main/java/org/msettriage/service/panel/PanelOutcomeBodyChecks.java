package org.msettriage.service.panel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.model.PanelOutcomeRequestDto;
import org.msettriage.service.problem.BodyChecks;
import org.msettriage.service.problem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * An outcome's section 11 checks, made as its body is read, so that a refusal names them with the body's
 * other problems (an unknown lead agency in one action and a due date before the meeting in another).
 * A meeting that does not exist or has not been held yet is left to the controller's 404 or 409.
 */
@Component
class PanelOutcomeBodyChecks implements BodyChecks<PanelOutcomeRequestDto> {

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
                .filter(hearings::held)
                .ifPresent(meeting -> problems.addAll(hearings.problems(meeting, PanelOutcomeMapper.proposed(body))));
    }

    private Optional<PanelMeeting> meeting(String id) {
        try {
            return id == null ? Optional.empty() : meetings.find(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
