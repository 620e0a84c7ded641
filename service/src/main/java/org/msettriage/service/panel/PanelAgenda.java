package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.rules.links.Identifier;
import org.msettriage.rules.links.IdentifierKind;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.rules.referral.LocationOfConcern;
import org.msettriage.rules.referral.Perpetrator;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.referral.RiskLevel;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.IdentifierHash;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.problem.ContentRemovedException;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works out a meeting's agenda (policy v1.1, section 11) from the decisions: the children to hear, then
 * the place-and-perpetrator item. Reads each decision's stored answer (and, for a name, one referral's
 * request), and records every such read in the access log.
 */
@Component
class PanelAgenda {

    /** A child to hear: the decision that brings them, and its answer as it was stored. */
    record Child(UUID decisionId, RiskLevel riskLevel, OffsetDateTime assessedAt, String answerJson) {}

    /** A person, vehicle or place named about more than one child, in the words one referral gave. */
    record Named(
            IdentifierKind kind,
            String placeType,
            String words,
            int children,
            int referrals,
            int localAuthorities,
            OffsetDateTime firstNamed,
            OffsetDateTime lastNamed) {}

    /** The agenda; {@code linkWindowDays} is how far back names were looked for (0: the rules link nothing). */
    record Agenda(
            PanelMeeting meeting,
            LocalDate previousMeetingOn,
            List<Child> children,
            List<Named> named,
            int linkWindowDays) {}

    private static final JsonMapper REQUESTS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;
    private final PanelMeetings meetings;
    private final Decisions decisions;
    private final AccessLog accessLog;
    private final IdentifierHash identifierHash;
    private final ActiveRuleset active;

    PanelAgenda(
            JdbcClient jdbc,
            PanelMeetings meetings,
            Decisions decisions,
            AccessLog accessLog,
            IdentifierHash identifierHash,
            ActiveRuleset active) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.decisions = decisions;
        this.accessLog = accessLog;
        this.identifierHash = identifierHash;
        this.active = active;
    }

    Agenda of(PanelMeeting meeting, Caller reader) {
        Optional<LocalDate> previous = meetings.previousDay(meeting);
        String reason = "the agenda of the " + meeting.localAuthority() + " panel meeting on " + meeting.heldOn();
        List<Child> children = children(meeting, previous.orElse(null), reader, reason);
        Optional<LinkPolicy> linking = active.engine().policy().linking();
        List<Named> named = linking.map(l -> named(meeting, l, reader, reason)).orElse(List.of());
        return new Agenda(
                meeting,
                previous.orElse(null),
                children,
                named,
                linking.map(LinkPolicy::windowDays).orElse(0));
    }

    /**
     * Each child's latest decision in the local authority since the day of its previous meeting, when it is
     * panel eligible: highest risk first, then the earliest assessed.
     */
    private List<Child> children(PanelMeeting meeting, LocalDate previous, Caller reader, String reason) {
        OffsetDateTime from = previous == null
                ? OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : previous.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        record Latest(UUID decisionId, RiskLevel level, OffsetDateTime assessedAt, boolean eligible) {}
        Map<String, Latest> latestByChild = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT decision_id, child_ref_hash, risk_level, assessed_at, mset_panel_eligible FROM decision
                WHERE local_authority = :authority AND assessed_at >= :from AND assessed_at < :until
                  AND personal_removed_at IS NULL
                ORDER BY assessed_at DESC, decided_at DESC
                """)
                .param("authority", meeting.localAuthority())
                .param("from", from)
                .param("until", meeting.endOfDay())
                .query(row -> {
                    latestByChild.putIfAbsent(
                            row.getString("child_ref_hash"),
                            new Latest(
                                    row.getObject("decision_id", UUID.class),
                                    RiskLevel.valueOf(row.getString("risk_level")),
                                    utc(row.getObject("assessed_at", OffsetDateTime.class)),
                                    Boolean.TRUE.equals(row.getObject("mset_panel_eligible", Boolean.class))));
                });
        List<Child> children = new ArrayList<>();
        latestByChild.values().stream()
                .filter(Latest::eligible)
                .sorted(Comparator.comparingInt((Latest l) -> -l.level().getRank())
                        .thenComparing(Latest::assessedAt))
                .forEach(latest -> answer(latest.decisionId()).ifPresent(answer -> {
                    accessLog.record(latest.decisionId(), reader, AccessLog.Channel.PANEL_AGENDA, reason);
                    children.add(new Child(latest.decisionId(), latest.level(), latest.assessedAt(), answer));
                }));
        return children;
    }

    /** A decision's stored answer; empty when its content was removed at retention since it was listed. */
    private Optional<String> answer(UUID decisionId) {
        try {
            return decisions.find(decisionId);
        } catch (ContentRemovedException removedMeanwhile) {
            return Optional.empty();
        }
    }

    /**
     * Every identifier named about at least 2 children within the link window before the end of the
     * meeting's day, in a decision of this local authority; most children first.
     */
    private List<Named> named(PanelMeeting meeting, LinkPolicy linking, Caller reader, String reason) {
        OffsetDateTime until = meeting.endOfDay();
        OffsetDateTime from = until.minusDays(linking.windowDays());
        record Counted(
                String hash, int children, int referrals, int authorities, OffsetDateTime first, OffsetDateTime last) {}
        List<Counted> counted = jdbc.sql("""
                SELECT i.identifier_hash, COUNT(DISTINCT d.child_ref_hash) AS children,
                       COUNT(DISTINCT d.decision_id) AS referrals, COUNT(DISTINCT d.local_authority) AS authorities,
                       MIN(i.assessed_at) AS first_named, MAX(i.assessed_at) AS last_named
                FROM decision_identifier i JOIN decision d ON d.decision_id = i.decision_id
                WHERE i.assessed_at >= :from AND i.assessed_at < :until AND d.personal_removed_at IS NULL
                  AND i.identifier_hash IN (
                      SELECT h.identifier_hash FROM decision_identifier h
                      JOIN decision here ON here.decision_id = h.decision_id
                      WHERE here.local_authority = :authority AND h.assessed_at >= :from AND h.assessed_at < :until
                        AND here.personal_removed_at IS NULL)
                GROUP BY i.identifier_hash
                HAVING COUNT(DISTINCT d.child_ref_hash) >= 2
                ORDER BY children DESC, last_named DESC
                """)
                .param("from", from)
                .param("until", until)
                .param("authority", meeting.localAuthority())
                .query((row, n) -> new Counted(
                        row.getString("identifier_hash"),
                        row.getInt("children"),
                        row.getInt("referrals"),
                        row.getInt("authorities"),
                        utc(row.getObject("first_named", OffsetDateTime.class)),
                        utc(row.getObject("last_named", OffsetDateTime.class))))
                .list();
        List<Named> named = new ArrayList<>();
        for (Counted c : counted) {
            words(c.hash(), meeting, from, until, linking, reader, reason)
                    .ifPresent(words -> named.add(new Named(
                            words.kind(),
                            words.placeType(),
                            words.text(),
                            c.children(),
                            c.referrals(),
                            c.authorities(),
                            c.first(),
                            c.last())));
        }
        return named;
    }

    private record Words(IdentifierKind kind, String placeType, String text) {}

    /**
     * The identifier's words as one referral gave them (one of this local authority's, the latest): its
     * request is decrypted, its identifiers found again and the one with this hash read out.
     */
    private Optional<Words> words(
            String hash,
            PanelMeeting meeting,
            OffsetDateTime from,
            OffsetDateTime until,
            LinkPolicy linking,
            Caller reader,
            String reason) {
        Optional<UUID> source = jdbc.sql("""
                SELECT d.decision_id FROM decision_identifier i JOIN decision d ON d.decision_id = i.decision_id
                WHERE i.identifier_hash = :hash AND i.assessed_at >= :from AND i.assessed_at < :until
                  AND d.local_authority = :authority AND d.personal_removed_at IS NULL
                ORDER BY i.assessed_at DESC FETCH FIRST ROW ONLY
                """)
                .param("hash", hash)
                .param("from", from)
                .param("until", until)
                .param("authority", meeting.localAuthority())
                .query(UUID.class)
                .optional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        UUID decisionId = source.get();
        Decisions.StoredRequest stored = decisions.requestAsDecided(decisionId);
        Referral referral = REQUESTS.readValue(stored.json(), Referral.class).withDefaults(stored.countedFrom());
        accessLog.record(decisionId, reader, AccessLog.Channel.PANEL_AGENDA, reason);
        for (Identifier identifier : Identifiers.of(referral, linking)) {
            if (identifierHash.of(identifier.key()).equals(hash)) {
                return Optional.of(given(referral, identifier));
            }
        }
        return Optional.empty();
    }

    /** The words at the identifier's place in the referral, as the referral gave them. */
    private static Words given(Referral referral, Identifier identifier) {
        String[] pointer = identifier.field().split("/");
        int index = Integer.parseInt(pointer[2]);
        if (identifier.kind() == IdentifierKind.PLACE) {
            LocationOfConcern location = referral.locationsOfConcern().get(index);
            return new Words(identifier.kind(), location.type().name(), location.description());
        }
        Perpetrator perpetrator = referral.perpetrators().get(index);
        String text = identifier.kind() == IdentifierKind.PERSON ? perpetrator.nickname() : perpetrator.vehicle();
        return new Words(identifier.kind(), null, text);
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
