package org.msettriage.service.triage;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.msettriage.api.model.CareStatusDto;
import org.msettriage.api.model.IndicatorEntryDto;
import org.msettriage.api.model.MissingEpisodeDto;
import org.msettriage.api.model.PerpetratorDto;
import org.msettriage.api.model.ProfessionalJudgementDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.FieldProblem;

/**
 * The checks of policy section 9 that span fields or need the catalogue: codes the ruleset knows, ages
 * and care status, date-times in order and not after the assessment, episode consistency, perpetrators
 * and judgements with what they need. Runs on the body with every shape problem set aside, so any part
 * of it (a list item included) may be null.
 */
final class ReferralChecks {

    /** The earliest date-time a referral may give (the contract names it). */
    static final String EARLIEST_TEXT = "1900-01-01T00:00:00Z";

    static final OffsetDateTime EARLIEST = OffsetDateTime.parse(EARLIEST_TEXT);

    static final String NOT_AN_INDICATOR =
            "is not an indicator code of the serving ruleset; see GET /api/v1/indicators";

    private ReferralChecks() {}

    static void check(
            TriageRequestDto request,
            OffsetDateTime requestTime,
            Duration clockSkew,
            Policy policy,
            List<FieldProblem> problems) {
        OffsetDateTime assessedAt = request.getAssessedAt() == null ? requestTime : request.getAssessedAt();
        if (request.getAssessedAt() != null && request.getAssessedAt().isAfter(requestTime.plus(clockSkew))) {
            problems.add(new FieldProblem(
                    "/assessedAt",
                    "must not be later than the time of the request (allowing " + clockSkew.toSeconds()
                            + " seconds of clock difference)"));
        }
        notBeforeEarliest(request.getAssessedAt(), "/assessedAt", problems);
        checkReferences(request, problems);
        checkChild(request, policy.settings().getAdultAgeYears(), problems);
        checkIndicators(request.getIndicators(), policy, problems);
        checkEpisodes(request.getMissingEpisodes(), assessedAt, problems);
        checkPerpetrators(request.getPerpetrators(), problems);
        if (request.getPreviousAssessment() != null) {
            notBeforeEarliest(
                    request.getPreviousAssessment().getAssessedAt(), "/previousAssessment/assessedAt", problems);
            notAfter(
                    request.getPreviousAssessment().getAssessedAt(),
                    assessedAt,
                    "/previousAssessment/assessedAt",
                    problems);
        }
        checkJudgement(request.getProfessionalJudgement(), problems);
    }

    /**
     * A reference of only (Unicode) whitespace names nothing: read as missing, as section 9 reads a
     * required field that is absent. A child reference of spaces would otherwise join every child given
     * one in one history. (An empty one is refused by the contract's minLength.) One padded with blanks, or
     * holding an invisible character, would split one child's history in two.
     */
    private static void checkReferences(TriageRequestDto request, List<FieldProblem> problems) {
        checkReference(request.getReferralId(), "/referralId", problems);
        checkReference(request.getChildRef(), "/childRef", problems);
    }

    private static void checkReference(String reference, String pointer, List<FieldProblem> problems) {
        if (reference != null && !reference.isEmpty() && FreeText.isBlank(reference)) {
            problems.add(new FieldProblem(pointer, "is required and must not be blank"));
        } else if (FreeText.hidesParts(reference)) {
            // An integrator's trial: "pad-1", " pad-1 " and "pad\u200b-1" were three children, each with a
            // history of its own. Refused, not stripped: the stored hashes of earlier references stay as sent.
            problems.add(new FieldProblem(
                    pointer,
                    "must not begin or end with a space or other blank character, nor hold a control,"
                            + " invisible, never-assigned or private-use character (such as a zero-width space or"
                            + " U+FFFF): references that look the same would name different children"));
        }
    }

    /** An adult by the serving ruleset's adult_age_years must be a care leaver: the one age read, not stated. */
    private static void checkChild(TriageRequestDto request, int adultAge, List<FieldProblem> problems) {
        if (request.getChild() == null || request.getChild().getAgeYears() == null) {
            return;
        }
        int age = request.getChild().getAgeYears();
        if (age >= adultAge && request.getChild().getCareStatus() != CareStatusDto.CARE_LEAVER) {
            problems.add(new FieldProblem(
                    "/child/careStatus",
                    "must be CARE_LEAVER for a young person aged " + adultAge
                            + " or over (the service is for children, and care leavers up to 25)"));
        }
    }

    private static void checkIndicators(
            List<IndicatorEntryDto> indicators, Policy policy, List<FieldProblem> problems) {
        if (indicators == null) {
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i) == null) {
                continue; // already reported by the shape check
            }
            String code = indicators.get(i).getCode();
            if (code != null && !policy.knowsIndicator(code)) {
                // Never the code itself: a caller's slip may have put a child's name where the code goes.
                problems.add(new FieldProblem("/indicators/" + i + "/code", NOT_AN_INDICATOR));
            }
        }
    }

    private static void checkEpisodes(
            List<MissingEpisodeDto> episodes, OffsetDateTime assessedAt, List<FieldProblem> problems) {
        if (episodes == null) {
            return;
        }
        for (int i = 0; i < episodes.size(); i++) {
            MissingEpisodeDto episode = episodes.get(i);
            if (episode == null) {
                continue; // already reported by the shape check
            }
            String at = "/missingEpisodes/" + i;
            notBeforeEarliest(episode.getStartedAt(), at + "/startedAt", problems);
            notBeforeEarliest(episode.getReturnedAt(), at + "/returnedAt", problems);
            notBeforeEarliest(episode.getReturnInterviewCompletedAt(), at + "/returnInterviewCompletedAt", problems);
            notAfter(episode.getStartedAt(), assessedAt, at + "/startedAt", problems);
            notAfter(episode.getReturnedAt(), assessedAt, at + "/returnedAt", problems);
            notAfter(episode.getReturnInterviewCompletedAt(), assessedAt, at + "/returnInterviewCompletedAt", problems);
            if (episode.getReturnedAt() == null) {
                checkOpenEpisode(episode, at, problems);
            } else {
                if (episode.getStartedAt() != null && episode.getReturnedAt().isBefore(episode.getStartedAt())) {
                    problems.add(new FieldProblem(at + "/returnedAt", "must not be before startedAt"));
                }
                if (episode.getReturnInterviewCompletedAt() != null
                        && episode.getReturnInterviewCompletedAt().isBefore(episode.getReturnedAt())) {
                    problems.add(new FieldProblem(at + "/returnInterviewCompletedAt", "must not be before returnedAt"));
                }
            }
            if (Boolean.TRUE.equals(episode.getReturnInterviewRefused())
                    && episode.getReturnInterviewCompletedAt() != null) {
                problems.add(new FieldProblem(
                        at + "/returnInterviewRefused", "an interview cannot be both refused and completed"));
            }
        }
    }

    /** An open episode has had no return, so no interview, and a child who was located is not missing. */
    private static void checkOpenEpisode(MissingEpisodeDto episode, String at, List<FieldProblem> problems) {
        if (episode.getReturnInterviewCompletedAt() != null) {
            problems.add(new FieldProblem(
                    at + "/returnInterviewCompletedAt",
                    "must be absent while the child is still missing (no returnedAt)"));
        }
        if (Boolean.TRUE.equals(episode.getReturnInterviewRefused())) {
            problems.add(new FieldProblem(
                    at + "/returnInterviewRefused", "cannot be true while the child is still missing (no returnedAt)"));
        }
        if (Boolean.TRUE.equals(episode.getLocatedWithAdultOfConcern())) {
            problems.add(new FieldProblem(
                    at + "/locatedWithAdultOfConcern",
                    "cannot be true while the child is still missing (no returnedAt)"));
        }
    }

    private static void checkPerpetrators(List<PerpetratorDto> perpetrators, List<FieldProblem> problems) {
        if (perpetrators == null) {
            return;
        }
        for (int i = 0; i < perpetrators.size(); i++) {
            PerpetratorDto p = perpetrators.get(i);
            if (p == null) {
                continue; // already reported by the shape check
            }
            if (!FreeText.isPresent(p.getNickname())
                    && !FreeText.isPresent(p.getVehicle())
                    && !FreeText.isPresent(p.getDescription())) {
                problems.add(new FieldProblem(
                        "/perpetrators/" + i, "needs at least one of nickname, vehicle and description"));
            }
        }
    }

    private static void checkJudgement(ProfessionalJudgementDto judgement, List<FieldProblem> problems) {
        if (judgement != null && judgement.getRationale() != null && FreeText.isBlank(judgement.getRationale())) {
            problems.add(new FieldProblem("/professionalJudgement/rationale", "is required and must not be blank"));
        }
    }

    /**
     * A time before 1900 is a slip of a keyboard or a system's empty date, never a child's history, and
     * times such as year -999999999 would otherwise be decided on (the contract states the bound).
     */
    private static void notBeforeEarliest(OffsetDateTime time, String pointer, List<FieldProblem> problems) {
        if (time != null && time.isBefore(EARLIEST)) {
            problems.add(new FieldProblem(pointer, "must not be earlier than " + EARLIEST_TEXT));
        }
    }

    private static void notAfter(
            OffsetDateTime time, OffsetDateTime assessedAt, String pointer, List<FieldProblem> problems) {
        if (time != null && time.isAfter(assessedAt)) {
            problems.add(new FieldProblem(pointer, "must not be later than assessedAt"));
        }
    }
}
