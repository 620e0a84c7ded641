package org.msettriage.rules.candidate;

import java.util.List;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.referral.RiskLevel;

/**
 * How a candidate ruleset would change the outcomes of the referrals replayed through it beside the
 * active ruleset, with real referrals (stored decisions, or referral files on the command line) and
 * scenarios kept apart in every figure: a scenario is a test of the policy, not a child, so it must
 * never swell or soften the count of children affected. Counts are of referrals; every downgrade is
 * listed for review, and the first changes of any kind.
 */
public record ImpactReport(
        RulesetIdentity active,
        RulesetIdentity candidate,
        Figures decisions,
        Figures scenarios,
        List<String> notReplayed) {

    /**
     * {@code notReplayed}: the ids of stored decisions whose referral could not be read or decided again
     * (a row of another format, or a candidate rule failing on it), left out of every figure and listed
     * for review, so one such row never stops the whole replay. Empty in a report kept before it existed.
     */
    public ImpactReport {
        notReplayed = notReplayed == null ? List.of() : List.copyOf(notReplayed);
    }

    /** Every referral replayed, real and scenario. */
    public int replayed() {
        return decisions.replayed() + scenarios.replayed();
    }

    /** What changes over one kind of referral. */
    public record Figures(
            int replayed,
            int changed,
            int levelUp,
            int levelDown,
            List<Change> downgrades,
            List<Change> changes,
            boolean changesTruncated,
            List<Move> pathwayChanges,
            Flips preMset,
            Flips msetPanel,
            List<ActionCount> actionsAdded,
            List<ActionCount> actionsRemoved,
            List<Breakdown> breakdowns,
            List<ActionCount> actionsRetimed) {

        /** @param actionsRetimed actions recommended both times whose timescale changes, by code */
        public Figures {
            // Reports kept before timescales were compared have none: read back, they list none.
            actionsRetimed = actionsRetimed == null ? List.of() : List.copyOf(actionsRetimed);
        }
    }

    /** The first this many changed referrals are listed one by one; downgrades are always all listed. */
    public static final int LISTED_CHANGES = 500;

    /** One referral whose outcome the candidate changes, before and after. */
    public record Change(
            ReplayedReferral.Source source,
            String id,
            RiskLevel fromLevel,
            RiskLevel toLevel,
            String fromPathway,
            String toPathway,
            boolean preMsetFrom,
            boolean preMsetTo,
            boolean msetPanelFrom,
            boolean msetPanelTo,
            List<String> actionsAdded,
            List<String> actionsRemoved,
            List<String> actionsRetimed) {

        /** @param actionsRetimed codes of actions recommended both times, due within another timescale */
        public Change {
            // Changes kept before timescales were compared have none: read back, they list none.
            actionsRetimed = actionsRetimed == null ? List.of() : List.copyOf(actionsRetimed);
        }

        /** Positive when the level goes up, negative when it goes down, 0 when it stays. */
        public int levelMove() {
            return Integer.signum(toLevel.compareTo(fromLevel));
        }

        public boolean pathwayChanged() {
            return !fromPathway.equals(toPathway);
        }

        public boolean preMsetChanged() {
            return preMsetFrom != preMsetTo;
        }

        public boolean msetPanelChanged() {
            return msetPanelFrom != msetPanelTo;
        }
    }

    /** How many referrals move from one value to another (a pathway here). */
    public record Move(String from, String to, int count) {}

    /** How many referrals become eligible, and how many stop being eligible. */
    public record Flips(int becameEligible, int becameIneligible) {}

    /** How many referrals an action is added to or removed from. */
    public record ActionCount(String code, int count) {}

    /** The changes split by one characteristic of the child or referral. */
    public record Breakdown(String dimension, List<Group> groups) {}

    /** One value of a characteristic: how many referrals have it and how their outcomes change. */
    public record Group(
            String value,
            int replayed,
            int changed,
            int levelUp,
            int levelDown,
            int pathwayChanged,
            int msetPanelChanged) {}
}
