package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.msettriage.service.security.Caller;

/**
 * A decision to store: its outcome columns, the request as received and the answer exactly as it will be
 * sent (both as JSON text, byte for byte), the rules that fired, who asked, and the Idempotency-Key it
 * was asked with (null without one), the referral's own reference (kept only as a keyed hash beside it),
 * the keyed hashes of the identifiers its referral names (policy v1.1 section 10), stored beside it so
 * that later referrals link to it, and the referral's profile for the analysts' figures. The store's own
 * type, so that the generated API models stop at the web edge. {@code panelUnmetRules}: see {@link
 * PanelUnmetRules}.
 */
public record NewDecision(
        UUID decisionId,
        OffsetDateTime assessedAt,
        OffsetDateTime decidedAt,
        String rulesetVersion,
        String rulesetSha256,
        String riskLevel,
        String pathway,
        boolean preMsetEligible,
        boolean msetPanelEligible,
        String localAuthority,
        String childRef,
        String referralRef,
        String requestJson,
        String responseJson,
        Map<String, Integer> firedRules,
        Caller caller,
        IdempotencyKey idempotencyKey,
        List<String> identifierHashes,
        DecisionProfile profile,
        String panelUnmetRules) {

    /**
     * Each identifier once: a link counts the decisions naming an identifier as its rows (one per decision),
     * so a decision stored with a hash twice would be counted twice by every later referral naming it.
     */
    public NewDecision {
        if (identifierHashes != null && Set.copyOf(identifierHashes).size() != identifierHashes.size()) {
            throw new IllegalArgumentException("A decision names each identifier once; these repeat one");
        }
    }
}
