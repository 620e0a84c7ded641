package org.msettriage.rules.facts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;

/** The due time of the return home interview owed for several episodes: the earliest of theirs. */
public final class ReturnInterviews {

    private ReturnInterviews() {}

    /** The episodes come from a rule's collectList, so they arrive untyped. */
    public static OffsetDateTime earliestDue(Collection<?> episodes, Duration deadline) {
        return episodes.stream()
                .map(episode -> ((Episode) episode).interviewDueBy(deadline))
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("no episode owes a return home interview"));
    }
}
