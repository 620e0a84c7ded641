package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An auditor's search: filters (each null when not given), the order and the page. The child and referral
 * references are held only as their keyed hashes. {@link DecisionQueryMapper} makes one from the contract's parameters.
 */
public record DecisionQuery(
        OffsetDateTime decidedFrom,
        OffsetDateTime decidedBefore,
        String riskLevel,
        String pathway,
        String rulesetVersion,
        String localAuthority,
        String childRefHash,
        String referralRefHash,
        String sort,
        int page,
        int size) {

    public static final String DEFAULT_SORT = "decidedAt,desc";
    public static final int MAX_SIZE = 200;

    /** The fields a search may be ordered by, and the SQL that orders them (risk by severity, not name). */
    static final Map<String, String> SORTABLE = Map.of(
            "decidedAt", "d.decided_at",
            "riskLevel",
                    "CASE d.risk_level WHEN 'NONE' THEN 0 WHEN 'EMERGING' THEN 1 WHEN 'MODERATE' THEN 2 ELSE 3 END",
            "localAuthority", "d.local_authority",
            "rulesetVersion", "d.ruleset_version");

    /** The same search, narrowed to the decision whose referral reference has this keyed hash. */
    public DecisionQuery withReferralRefHash(String hash) {
        return new DecisionQuery(
                decidedFrom,
                decidedBefore,
                riskLevel,
                pathway,
                rulesetVersion,
                localAuthority,
                childRefHash,
                hash,
                sort,
                page,
                size);
    }

    /** The ORDER BY clause: the chosen field, then newest first, then the id, so pages never overlap. */
    String orderBy() {
        String[] parts = sort.split(",");
        return SORTABLE.get(parts[0]) + " " + parts[1].toUpperCase(java.util.Locale.ROOT)
                + " NULLS LAST, d.decided_at DESC, d.decision_id";
    }
}
