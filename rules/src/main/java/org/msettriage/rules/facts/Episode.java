package org.msettriage.rules.facts;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.msettriage.rules.referral.MissingEpisode;
import org.msettriage.rules.referral.PoliceRiskGrade;

/**
 * A missing episode measured against the moment of assessment. It only measures time; which
 * measurements matter, and against which limits, is said by the rules and the settings table.
 */
public final class Episode {

    private final int position;
    private final OffsetDateTime startedAt;
    private final OffsetDateTime returnedAt;
    private final OffsetDateTime end;
    private final Duration sinceEnd;
    private final Duration duration;
    private final PoliceRiskGrade policeRiskGrade;
    private final boolean locatedWithAdultOfConcern;
    private final OffsetDateTime interviewCompletedAt;
    private final boolean interviewRefused;
    private final OffsetDateTime assessedAt;

    public Episode(int position, MissingEpisode episode, OffsetDateTime assessedAt) {
        this.position = position;
        this.startedAt = episode.startedAt();
        this.returnedAt = episode.returnedAt();
        this.end = returnedAt == null ? assessedAt : returnedAt;
        this.sinceEnd = Duration.between(end, assessedAt);
        this.duration = Duration.between(startedAt, end);
        this.policeRiskGrade = episode.policeRiskGrade();
        this.locatedWithAdultOfConcern = Boolean.TRUE.equals(episode.locatedWithAdultOfConcern());
        this.interviewCompletedAt = episode.returnInterviewCompletedAt();
        this.interviewRefused = Boolean.TRUE.equals(episode.returnInterviewRefused());
        this.assessedAt = assessedAt;
    }

    /** The episode's place in the referral's list, from 1, as a reader counts. */
    public int getNumber() {
        return position + 1;
    }

    /** The episode's index in the referral's list, from 0, as a JSON pointer counts. */
    public int getPosition() {
        return position;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    /** The return, or the moment of assessment while the child is still missing. */
    public OffsetDateTime getEnd() {
        return end;
    }

    public boolean isOpen() {
        return returnedAt == null;
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public Duration getDuration() {
        return duration;
    }

    /** The grade given, or null when the referral did not give one. */
    public PoliceRiskGrade getPoliceRiskGrade() {
        return policeRiskGrade;
    }

    public boolean isLocatedWithAdultOfConcern() {
        return locatedWithAdultOfConcern;
    }

    public boolean isInterviewRefused() {
        return interviewRefused;
    }

    public boolean isInterviewCompleted() {
        return interviewCompletedAt != null;
    }

    /** True when the episode ended no longer than the window before the assessment (the edge counts). */
    public boolean endedWithin(Duration window) {
        return sinceEnd.compareTo(window) <= 0;
    }

    /** True when the episode lasted strictly longer than the limit. */
    public boolean lastedMoreThan(Duration limit) {
        return duration.compareTo(limit) > 0;
    }

    /** True when the interview was completed strictly later than the limit after return. */
    public boolean interviewCompletedLaterThan(Duration limit) {
        return isReturned()
                && isInterviewCompleted()
                && Duration.between(returnedAt, interviewCompletedAt).compareTo(limit) > 0;
    }

    /** True when no interview is completed and strictly more than the limit has passed since return. */
    public boolean interviewOutstandingLongerThan(Duration limit) {
        return isReturned()
                && !isInterviewCompleted()
                && Duration.between(returnedAt, assessedAt).compareTo(limit) > 0;
    }

    /** Returned and no interview completed: one is owed, offered again by someone else if it was refused. */
    public boolean isInterviewOwed() {
        return isReturned() && !isInterviewCompleted();
    }

    /**
     * When the owed interview is due: the deadline after return, or, for a refused one to be offered
     * again, the deadline after this assessment.
     */
    public OffsetDateTime interviewDueBy(Duration deadline) {
        return (interviewRefused ? assessedAt : returnedAt).plus(deadline);
    }

    /** True when the child is still missing and the episode started strictly more than the period ago. */
    public boolean openLongerThan(Duration period) {
        return isOpen() && Duration.between(startedAt, assessedAt).compareTo(period) > 0;
    }
}
