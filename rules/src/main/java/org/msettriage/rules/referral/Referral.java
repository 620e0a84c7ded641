package org.msettriage.rules.referral;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A referral about one child, as the API contract names it. Lists are never null once built through
 * {@link #withDefaults}; the service has validated every value before the rules see it.
 */
public record Referral(
        String referralId,
        String childRef,
        LocalAuthority localAuthority,
        ReferringAgency referringAgency,
        OffsetDateTime assessedAt,
        Child child,
        List<IndicatorEntry> indicators,
        List<MissingEpisode> missingEpisodes,
        List<Perpetrator> perpetrators,
        List<LocationOfConcern> locationsOfConcern,
        Boolean crossBoundary,
        Boolean strategyMeetingHeld,
        PreviousAssessment previousAssessment,
        ProfessionalJudgement professionalJudgement) {

    /** The same referral with empty lists for absent ones and the given time when assessedAt is absent. */
    public Referral withDefaults(OffsetDateTime requestTime) {
        return new Referral(
                referralId,
                childRef,
                localAuthority,
                referringAgency,
                assessedAt == null ? requestTime : assessedAt,
                child,
                orEmpty(indicators),
                orEmpty(missingEpisodes),
                orEmpty(perpetrators),
                orEmpty(locationsOfConcern),
                crossBoundary,
                strategyMeetingHeld,
                previousAssessment,
                professionalJudgement);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
