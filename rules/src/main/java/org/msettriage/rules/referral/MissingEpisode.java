package org.msettriage.rules.referral;

import java.time.OffsetDateTime;

/** One missing episode; no returnedAt means the child is still missing. */
public record MissingEpisode(
        OffsetDateTime startedAt,
        OffsetDateTime returnedAt,
        PoliceRiskGrade policeRiskGrade,
        Boolean locatedWithAdultOfConcern,
        OffsetDateTime returnInterviewCompletedAt,
        Boolean returnInterviewRefused) {}
