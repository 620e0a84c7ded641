package org.msettriage.rules.candidate;

import org.msettriage.rules.referral.Referral;

/**
 * One referral to replay through two rulesets: a stored decision's request (id: the decision id), a
 * scenario (id: its file) or a referral file given to the command line (id: its file name).
 */
public record ReplayedReferral(Source source, String id, Referral referral) {

    public enum Source {
        DECISION,
        SCENARIO,
        FILE
    }
}
