package org.msettriage.rules.links;

import java.util.List;

/**
 * What the service's own record adds to a referral (policy section 10): its links to other children's
 * decisions and the child's own history. A decision stores the intelligence it was made with, so a replay
 * judges it by what was known then. {@code history} is null when the ruleset does not link referrals.
 */
public record Intelligence(List<Link> links, History history) {

    /** Nothing looked up: a ruleset that does not link, or a referral decided on its own (a scenario). */
    public static final Intelligence NONE = new Intelligence(List.of(), null);

    public Intelligence {
        links = List.copyOf(links);
    }
}
