package org.msettriage.service.links;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.links.History;
import org.msettriage.rules.links.Identifier;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.links.Link;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.referral.RiskLevel;
import org.msettriage.service.audit.ChildRefHash;
import org.msettriage.service.audit.IdentifierHash;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.TimeoutPerStatementJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Looks a referral up in the store before it is decided (policy v1.1 section 10): which of its identifiers
 * other children's decisions named within the ruleset's link window, and the child's own earlier decisions.
 * Decisions whose personal content retention removed are neither linked nor counted (their identifier rows
 * and child hash are gone).
 */
@Component
public class ReferralLinks {

    /** What a referral's lookup found, and the hashes its decision is stored with. */
    public record Lookup(Intelligence intelligence, List<String> identifierHashes) {

        public static final Lookup NONE = new Lookup(Intelligence.NONE, List.of());
    }

    /** As long as a batch of decisions may take to commit (DecisionBatch): no lookup waits longer. */
    static final int QUERY_TIMEOUT_SECONDS = 10;

    private final JdbcTemplate jdbc;
    private final IdentifierHash identifierHash;
    private final ChildRefHash childRefHash;

    ReferralLinks(JdbcTemplate jdbc, IdentifierHash identifierHash, ChildRefHash childRefHash) {
        // Its own template for its own time limit: a lookup that cannot finish in time fails the call
        // with a 503 (as a store fault does) rather than holding a triage call and a connection.
        this.jdbc = new TimeoutPerStatementJdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        this.identifierHash = identifierHash;
        this.childRefHash = childRefHash;
    }

    /** The links and history of a referral whose assessedAt is set, by the ruleset that will decide it. */
    public Lookup lookUp(Referral referral, Policy policy) {
        if (policy.linking().isEmpty()) {
            return Lookup.NONE;
        }
        LinkPolicy linking = policy.linking().get();
        OffsetDateTime until = referral.assessedAt();
        OffsetDateTime from = until.minus(Duration.ofDays(linking.windowDays()));
        String child = childRefHash.of(referral.childRef());
        Map<String, Identifier> byHash = new LinkedHashMap<>();
        for (Identifier identifier : Identifiers.of(referral, linking)) {
            byHash.put(identifierHash.of(identifier.key()), identifier);
        }
        List<Link> links = links(byHash, child, from, until, localAuthorityOf(referral));
        return new Lookup(new Intelligence(links, history(child, from, until)), List.copyOf(byHash.keySet()));
    }

    private static String localAuthorityOf(Referral referral) {
        return referral.localAuthority() == null
                ? null
                : referral.localAuthority().name();
    }

    /**
     * Who else named each identifier: other children only, counted by the database (a name many
     * referrals give costs a count, not a row each), in the order of the referral. Counted from the
     * identifier rows alone, which carry their decision's child and local authority: a removed decision has
     * none left (retention deletes them with its content), and reading the decisions' own rows, sealed
     * content and all, cost more than everything else in a triage call. A decision has one row per
     * identifier ({@link org.msettriage.service.decision.NewDecision} refuses a repeat), so its rows count
     * the decisions: counting them as distinct ids sorted every id read, and the index no longer holds them.
     */
    private List<Link> links(
            Map<String, Identifier> byHash, String child, OffsetDateTime from, OffsetDateTime until, String own) {
        if (byHash.isEmpty()) {
            return List.of();
        }
        record Counted(int children, int decisions, int authorities) {}
        Map<String, Counted> named = new HashMap<>();
        String in = String.join(",", Collections.nCopies(byHash.size(), "?"));
        List<Object> arguments = new ArrayList<>();
        // This referral's own local authority is left out of the count (none given: every one counts).
        arguments.add(own == null ? "" : own);
        byHash.keySet().forEach(hash -> arguments.add(HashBytes.of(hash)));
        arguments.add(from);
        arguments.add(until);
        arguments.add(HashBytes.of(child));
        jdbc.query(
                """
                SELECT identifier_hash, COUNT(DISTINCT child_ref_hash), COUNT(*),
                       COUNT(DISTINCT CASE WHEN local_authority <> ? THEN local_authority END)
                FROM decision_identifier
                WHERE identifier_hash IN (%s) AND assessed_at >= ? AND assessed_at <= ? AND child_ref_hash <> ?
                GROUP BY identifier_hash
                """.formatted(in),
                row -> {
                    named.put(HashBytes.hex(row, 1), new Counted(row.getInt(2), row.getInt(3), row.getInt(4)));
                },
                arguments.toArray());
        List<Link> links = new ArrayList<>();
        byHash.forEach((hash, identifier) -> {
            Counted other = named.get(hash);
            if (other != null) {
                links.add(new Link(
                        identifier.kind(),
                        identifier.field(),
                        other.children(),
                        other.decisions(),
                        other.authorities()));
            }
        });
        return List.copyOf(links);
    }

    /**
     * The child's earlier decisions within the window (as for links, both edges included: one assessed at
     * the same moment was stored earlier): how many, and the latest's level and time.
     */
    private History history(String child, OffsetDateTime from, OffsetDateTime until) {
        String within = " FROM decision WHERE child_ref_hash = ? AND assessed_at >= ? AND assessed_at <= ?"
                + " AND personal_removed_at IS NULL";
        byte[] childBytes = HashBytes.of(child);
        Integer earlier = jdbc.queryForObject("SELECT COUNT(*)" + within, Integer.class, childBytes, from, until);
        if (earlier == null || earlier == 0) {
            return History.NONE;
        }
        // In UTC whatever the database gives back (PostgreSQL answers in UTC, H2 with the offset stored),
        // so a decision says the same on either. Referrals assessed at the same moment are told apart by
        // when they were decided (then by id, so that both databases pick the same one): the latest is the
        // one decided last, never whichever row the database happens to read first.
        return jdbc
                .query(
                        "SELECT risk_level, assessed_at" + within
                                + " ORDER BY assessed_at DESC, decided_at DESC, decision_id DESC FETCH FIRST ROW ONLY",
                        (row, n) -> new History(
                                earlier,
                                RiskLevel.valueOf(row.getString(1)),
                                row.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)),
                        childBytes,
                        from,
                        until)
                .stream()
                .findFirst()
                // Removed by retention between the two reads: counted, but with no latest to stand in.
                .orElse(new History(earlier, null, null));
    }
}
