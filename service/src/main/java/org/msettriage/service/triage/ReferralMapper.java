package org.msettriage.service.triage;

import java.util.List;
import java.util.function.Function;
import org.msettriage.api.model.ChildDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.Child;
import org.msettriage.rules.referral.Gender;
import org.msettriage.rules.referral.IndicatorEntry;
import org.msettriage.rules.referral.JudgementDirection;
import org.msettriage.rules.referral.LocalAuthority;
import org.msettriage.rules.referral.LocationOfConcern;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.MissingEpisode;
import org.msettriage.rules.referral.Perpetrator;
import org.msettriage.rules.referral.PoliceRiskGrade;
import org.msettriage.rules.referral.PreviousAssessment;
import org.msettriage.rules.referral.ProfessionalJudgement;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.referral.ReferringAgency;
import org.msettriage.rules.referral.RiskLevel;
import tools.jackson.databind.json.JsonMapper;

/** Turns a validated contract request into the rules' referral: the generated types stop here. */
public final class ReferralMapper {

    private ReferralMapper() {}

    /** The referral a stored request's JSON (UTF-8) holds, for replays of stored decisions. */
    public static Referral fromJson(JsonMapper json, byte[] requestJson) {
        return toReferral(json.readValue(requestJson, TriageRequestDto.class));
    }

    public static Referral toReferral(TriageRequestDto r) {
        return new Referral(
                r.getReferralId(),
                r.getChildRef(),
                r.getLocalAuthority() == null
                        ? null
                        : LocalAuthority.valueOf(r.getLocalAuthority().name()),
                r.getReferringAgency() == null
                        ? null
                        : ReferringAgency.valueOf(r.getReferringAgency().name()),
                r.getAssessedAt(),
                child(r.getChild()),
                list(
                        r.getIndicators(),
                        i -> new IndicatorEntry(
                                i.getCode(), Recency.valueOf(i.getRecency().name()), i.getNote())),
                list(
                        r.getMissingEpisodes(),
                        e -> new MissingEpisode(
                                e.getStartedAt(),
                                e.getReturnedAt(),
                                e.getPoliceRiskGrade() == null
                                        ? null
                                        : PoliceRiskGrade.valueOf(
                                                e.getPoliceRiskGrade().name()),
                                e.getLocatedWithAdultOfConcern(),
                                e.getReturnInterviewCompletedAt(),
                                e.getReturnInterviewRefused())),
                list(
                        r.getPerpetrators(),
                        p -> new Perpetrator(p.getNickname(), p.getIsAdult(), p.getVehicle(), p.getDescription())),
                list(
                        r.getLocationsOfConcern(),
                        l -> new LocationOfConcern(
                                LocationType.valueOf(l.getType().name()), l.getDescription())),
                r.getCrossBoundary(),
                r.getStrategyMeetingHeld(),
                r.getPreviousAssessment() == null
                        ? null
                        : new PreviousAssessment(
                                RiskLevel.valueOf(
                                        r.getPreviousAssessment().getRiskLevel().name()),
                                r.getPreviousAssessment().getAssessedAt()),
                r.getProfessionalJudgement() == null
                        ? null
                        : new ProfessionalJudgement(
                                JudgementDirection.valueOf(r.getProfessionalJudgement()
                                        .getDirection()
                                        .name()),
                                RiskLevel.valueOf(
                                        r.getProfessionalJudgement().getLevel().name()),
                                r.getProfessionalJudgement().getRationale(),
                                r.getProfessionalJudgement().getApprovedBy()));
    }

    private static Child child(ChildDto c) {
        return new Child(
                c.getAgeYears(),
                c.getGender() == null ? null : Gender.valueOf(c.getGender().name()),
                c.getCareStatus() == null
                        ? null
                        : CareStatus.valueOf(c.getCareStatus().name()),
                c.getPlacedOutOfArea());
    }

    private static <A, B> List<B> list(List<A> items, Function<A, B> map) {
        return items == null ? null : items.stream().map(map).toList();
    }
}
