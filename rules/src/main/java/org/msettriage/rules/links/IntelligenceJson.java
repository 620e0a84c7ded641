package org.msettriage.rules.links;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.referral.RiskLevel;
import tools.jackson.databind.JsonNode;

/**
 * Links and history read from JSON in the contract's shape ({@code links[]} and {@code history} of a
 * decision): from a stored decision's answer, which is sealed with it, so that an impact replay decides the
 * referral again by what was known then and never by links made since; or from a scenario's
 * {@code intelligence}, so that a policy lead can test the rules that read them. Absent means none.
 */
public final class IntelligenceJson {

    /** The fields of the node holding links and history, as a scenario's intelligence has them. */
    public static final Set<String> FIELDS = Set.of("links", "history");

    /** The fields of one link, as the contract's {@code DecisionLink} has them. */
    public static final Set<String> LINK_FIELDS =
            Set.of("kind", "field", "otherChildren", "otherReferrals", "localAuthorities");

    /** The fields of the history, as the contract's {@code DecisionHistory} has them. */
    public static final Set<String> HISTORY_FIELDS = Set.of("earlierDecisions", "latestRiskLevel", "latestAssessedAt");

    private IntelligenceJson() {}

    /** The links and history of a node holding them (a decision, or a scenario's intelligence). */
    public static Intelligence read(JsonNode holder) {
        List<Link> links = new ArrayList<>();
        for (JsonNode link : holder.path("links")) {
            links.add(new Link(
                    IdentifierKind.valueOf(link.required("kind").asString()),
                    link.required("field").asString(),
                    link.required("otherChildren").asInt(),
                    link.path("otherReferrals")
                            .asInt(link.required("otherChildren").asInt()),
                    link.path("localAuthorities").asInt(0)));
        }
        JsonNode history = holder.path("history");
        if (history.isMissingNode() || history.isNull()) {
            return new Intelligence(links, null);
        }
        JsonNode level = history.path("latestRiskLevel");
        JsonNode at = history.path("latestAssessedAt");
        boolean latest = level.isString() && at.isString();
        return new Intelligence(
                links,
                new History(
                        history.path("earlierDecisions").asInt(latest ? 1 : 0),
                        latest ? RiskLevel.valueOf(level.asString()) : null,
                        latest ? OffsetDateTime.parse(at.asString()) : null));
    }
}
