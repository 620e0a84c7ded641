package org.msettriage.rules.candidate;

import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.scenario.Scenario;

/**
 * One referral to replay through two rulesets: a stored decision's request (id: the decision id), a
 * scenario (id: its file) or a referral file given to the command line (id: its file name), with the
 * links and history a stored decision was made with (none for the others), and the outcome it gave (null
 * for the others, or when its answer could not be read for one).
 */
public record ReplayedReferral(Source source, String id, Referral referral, Intelligence intelligence, Given given) {

    public ReplayedReferral(Source source, String id, Referral referral, Intelligence intelligence) {
        this(source, id, referral, intelligence, null);
    }

    public ReplayedReferral(Source source, String id, Referral referral) {
        this(source, id, referral, Intelligence.NONE);
    }

    /** The outcome a stored decision gave, and the SHA-256 of the ruleset that gave it. */
    public record Given(String rulesetSha256, Outcome outcome) {}

    /** A scenario's referral, with the links and history it gives. */
    public static ReplayedReferral of(Scenario scenario) {
        return new ReplayedReferral(Source.SCENARIO, scenario.file(), scenario.referral(), scenario.intelligence());
    }

    public enum Source {
        DECISION,
        SCENARIO,
        FILE
    }
}
