package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.msettriage.rules.referral.Child;
import org.msettriage.rules.referral.MissingEpisode;
import org.msettriage.rules.referral.Referral;

/**
 * The least of a referral that the analysts' figures need, stored as plain columns beside the decision's
 * outcome (migration 21): the child's gender, a band of their age (never the age), care status, the
 * referring agency, the decision's exploitation types in a compact form, and the return home interviews.
 * Null where the referral did not say.
 *
 * <p>Return home interviews: of the referral's returned missing episodes that ended within 90 days before
 * assessedAt (as MIS06 looks at them), {@code rhiDue} counts those whose interview was due by assessedAt
 * (completed, refused, or 72 hours since the return had passed) and {@code rhiOffered} those offered within
 * 72 hours of the return: completed no later than 72 hours after {@code returnedAt}, or refused (a refusal
 * is an offer; the referral gives it no time, so it counts as in time). An episode still inside its 72
 * hours with no interview yet is not counted. {@code dueInterviews} names each of the episodes counted due
 * (its start and return as instants), so that one reported by several referrals can be counted once.
 */
public record DecisionProfile(
        String gender,
        String ageBand,
        String careStatus,
        String referringAgency,
        String exploitationTypes,
        int rhiDue,
        int rhiOffered,
        List<DueInterview> dueInterviews) {

    /** A returned episode whose interview was due: named by its start and return, and whether offered in time. */
    public record DueInterview(String episode, boolean offered) {}

    /** The age bands as stored, youngest first. */
    public static final List<String> AGE_BANDS = List.of("UNDER_10", "10_TO_12", "13_TO_15", "16_TO_17", "18_AND_OVER");

    /** The profile of a referral (with its defaults applied) and the exploitation types its decision found. */
    public static DecisionProfile of(Referral referral, Collection<String> exploitationTypes) {
        Child child = referral.child();
        List<DueInterview> interviews = new ArrayList<>();
        OffsetDateTime assessedAt = referral.assessedAt();
        for (MissingEpisode episode : referral.missingEpisodes()) {
            if (episode.returnedAt() == null || episode.returnedAt().isBefore(assessedAt.minusDays(90))) {
                continue;
            }
            OffsetDateTime deadline = episode.returnedAt().plusHours(72);
            OffsetDateTime completed = episode.returnInterviewCompletedAt();
            boolean refused = Boolean.TRUE.equals(episode.returnInterviewRefused());
            boolean inTime = refused || (completed != null && !completed.isAfter(deadline));
            if (inTime || completed != null || assessedAt.isAfter(deadline)) {
                interviews.add(new DueInterview(named(episode), inTime));
            }
        }
        return new DecisionProfile(
                child == null || child.gender() == null ? null : child.gender().name(),
                child == null ? null : ageBand(child.ageYears()),
                child == null || child.careStatus() == null
                        ? null
                        : child.careStatus().name(),
                referral.referringAgency() == null
                        ? null
                        : referral.referringAgency().name(),
                compact(exploitationTypes),
                interviews.size(),
                (int) interviews.stream().filter(DueInterview::offered).count(),
                List.copyOf(interviews));
    }

    /** An episode as its start and return instants (the same moment however its offset was written). */
    private static String named(MissingEpisode episode) {
        return (episode.startedAt() == null
                        ? "-"
                        : episode.startedAt().toInstant().toString()) + "/"
                + episode.returnedAt().toInstant();
    }

    /** The band of an age in whole years, or null for none. */
    static String ageBand(Integer age) {
        if (age == null) {
            return null;
        }
        if (age < 10) {
            return AGE_BANDS.get(0);
        }
        if (age <= 12) {
            return AGE_BANDS.get(1);
        }
        if (age <= 15) {
            return AGE_BANDS.get(2);
        }
        return age <= 17 ? AGE_BANDS.get(3) : AGE_BANDS.get(4);
    }

    /** Exploitation types as stored: sorted, distinct, comma-separated; the empty string for none. */
    public static String compact(Collection<String> types) {
        return types.stream().distinct().sorted().collect(Collectors.joining(","));
    }

    /** The stored compact form read back as its types. */
    public static List<String> types(String compact) {
        return compact == null || compact.isEmpty() ? List.of() : List.of(compact.split(","));
    }
}
