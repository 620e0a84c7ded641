package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.words.CodeWords;
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

    /** The meeting's day as the access log's reason gives it ("4 December 2026"). */

    /** Why a child is on the agenda (section 11). */
    enum ItemKind {
        /** A panel eligible decision no meeting has heard: new since the previous meeting, or left unheard. */
        REFERRAL,
        /** A plan was agreed at an earlier meeting, and the child has not exited since. */
        REVIEW,
        /** The child was not heard at the last meeting that had them. */
        NOT_HEARD_BEFORE
    }

    /**
     * A child on the agenda, by the decision that brings them: why, the child's last outcome at an earlier
     * meeting (null if none) and the outcome recorded for them at this one (null until one is).
     * {@code decidedAt} is when the service made the decision, which breaks ties in the agenda's order.
     */
    record Item(
            UUID decisionId,
            RiskLevel riskLevel,
            OffsetDateTime assessedAt,
            OffsetDateTime decidedAt,
            ItemKind kind,
            PanelOutcome lastHearing,
            PanelOutcome outcome) {}

    /**
     * The agenda's order: highest risk first, then the earliest assessed (section 11). Children equal on
     * both (a batch assessed together) follow the order the service made their decisions in, then their
     * decision ids as written: facts of the decision alone, so recording an outcome never moves a child
     * and a printed agenda keeps matching the screen.
     */
    static final Comparator<Item> ORDER = Comparator.comparingInt(
                    (Item i) -> -i.riskLevel().getRank())
            .thenComparing(Item::assessedAt)
            .thenComparing(Item::decidedAt)
            .thenComparing(i -> i.decisionId().toString());

    /** A child to hear: the agenda's item, and its decision's answer as it was stored. */
    record Child(Item item, String answerJson) {

        public UUID decisionId() {
            return item.decisionId();
        }
    }

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
    private final PanelOutcomes outcomes;

    PanelAgenda(
            JdbcClient jdbc,
            PanelMeetings meetings,
            Decisions decisions,
            AccessLog accessLog,
            IdentifierHash identifierHash,
            ActiveRuleset active,
            PanelOutcomes outcomes) {
        this.outcomes = outcomes;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.decisions = decisions;
        this.accessLog = accessLog;
        this.identifierHash = identifierHash;
        this.active = active;
    }

    Agenda of(PanelMeeting meeting, Caller reader) {
        Optional<LocalDate> previous = meetings.previousDay(meeting);
        String reason = "the agenda of the " + CodeWords.localAuthority(meeting.localAuthority()) + " panel meeting on "
                + PanelWords.DAY.format(meeting.heldOn());
        ReadsOfOneView reads = new ReadsOfOneView(reader, reason);
        List<Child> children = new ArrayList<>();
        for (Item item : items(meeting)) {
            answer(item.decisionId()).ifPresent(answer -> {
                reads.read(item.decisionId());
                children.add(new Child(item, answer));
            });
        }
        Optional<LinkPolicy> linking = active.engine().policy().linking();
        List<Named> named = linking.map(l -> named(meeting, l, reads)).orElse(List.of());
        return new Agenda(
                meeting,
                previous.orElse(null),
                children,
                named,
                linking.map(LinkPolicy::windowDays).orElse(0));
    }

    /**
     * The decisions one view of an agenda reads, each recorded in the access log once: a decision both
     * listed and the source of a name's words (or of several names') is one read, not one per use, which a
     * trial found tripling the agenda's rows in the access log and the subject access report.
     */
    private final class ReadsOfOneView {
        private final Caller reader;
        private final String reason;
        private final Set<UUID> recorded = new HashSet<>();

        ReadsOfOneView(Caller reader, String reason) {
            this.reader = reader;
            this.reason = reason;
        }

        void read(UUID decisionId) {
            if (recorded.add(decisionId)) {
                accessLog.record(decisionId, reader, AccessLog.Channel.PANEL_AGENDA, reason);
            }
        }
    }

    /** A child on the panel's list: their last outcome, and the answer of its decision as stored. */
    record Listed(PanelOutcome lastOutcome, String answerJson) {}

    /**
     * The children on a local authority's list: those whose last outcome is a plan (to review) or not
     * heard (to hear), heard longest ago first. Each decision read is recorded in the access log.
     */
    List<Listed> list(String localAuthority, Caller reader) {
        String reason = "the " + CodeWords.localAuthority(localAuthority) + " panel's list of children";
        List<Listed> listed = new ArrayList<>();
        outcomes.lastOfEachChild(localAuthority, null).stream()
                .map(PanelOutcomes.OfChild::outcome)
                .filter(last -> last.outcome() != PanelOutcome.Kind.EXITED)
                .sorted(Comparator.comparing(PanelOutcome::meetingOn).thenComparing(PanelOutcome::recordedAt))
                .forEach(last -> answer(last.decisionId()).ifPresent(answer -> {
                    accessLog.record(last.decisionId(), reader, AccessLog.Channel.PANEL_AGENDA, reason);
                    listed.add(new Listed(last, answer));
                }));
        return listed;
    }

    /**
     * The agenda's items without their content (nothing is read that the access log would record): the
     * children to hear, each child whose latest decision in the local authority is panel eligible,
     * unless a meeting heard that very decision; then each child whose last outcome at an earlier meeting
     * is a plan (for review) or not heard, by their latest decision. In the agenda's {@link #ORDER}.
     *
     * <p>The policy (v1.1, section 11) lists decisions "since the previous meeting". Read literally, a
     * child listed at a meeting that recorded no outcome for them, or whose referral was assessed before
     * that meeting but reached the service after it, would be on no agenda ever again; the policy carries
     * a child not heard to the next meeting, so any eligible decision no meeting has heard is listed until
     * one does. A decision made since the previous meeting is the usual case. Only decisions the service
     * had made by the end of the meeting's day are weighed: one sent later is the next meeting's, and the
     * agenda of a meeting already held does not change under its recorded outcomes.
     */
    List<Item> items(PanelMeeting meeting) {
        String authority = meeting.localAuthority();
        Set<UUID> heard = new HashSet<>(outcomes.heardBefore(authority, meeting.heldOn()));
        Map<String, PanelOutcome> lastHearing = new LinkedHashMap<>();
        outcomes.lastOfEachChild(authority, meeting.heldOn())
                .forEach(last -> lastHearing.put(last.childRefHash(), last.outcome()));
        // Outcomes whose decision retention removed are not here: such a decision is on no agenda.
        List<PanelOutcomes.OfChild> recordedHere = outcomes.currentOfChildrenAt(meeting.meetingId());
        Map<UUID, PanelOutcome> here = new HashMap<>();
        recordedHere.forEach(recorded -> here.put(recorded.outcome().decisionId(), recorded.outcome()));
        Map<String, Item> byChild = new LinkedHashMap<>();
        // A child whose outcome is already recorded at this meeting stays by that decision, even if a newer
        // referral arrived since: the outcome stays on its agenda and can still be corrected.
        for (PanelOutcomes.OfChild recorded : recordedHere) {
            PanelOutcome last = lastHearing.get(recorded.childRefHash());
            decision(recorded.outcome().decisionId())
                    .ifPresent(decision -> byChild.put(
                            recorded.childRefHash(), decision.item(kindOf(decision, last, heard), last, here)));
        }
        latestOfEachChild(meeting).forEach((child, latest) -> {
            if (latest.eligible() && !heard.contains(latest.decisionId())) {
                PanelOutcome last = lastHearing.get(child);
                byChild.putIfAbsent(child, latest.item(kindOf(latest, last, heard), last, here));
            }
        });
        lastHearing.forEach((child, last) -> {
            if (!byChild.containsKey(child) && last.outcome() != PanelOutcome.Kind.EXITED) {
                latestOf(child, meeting)
                        .ifPresent(latest -> byChild.put(child, latest.item(kindAfter(last), last, here)));
            }
        });
        return byChild.values().stream().sorted(ORDER).toList();
    }

    /**
     * Why a decision is on the agenda, the same before and after an outcome is recorded for it here (so an
     * agenda printed before the meeting reads as one printed after): an eligible decision no earlier
     * meeting heard is a referral, unless it is the very decision a meeting left unheard; any other is on
     * the agenda for the child's last hearing.
     */
    private static ItemKind kindOf(Latest decision, PanelOutcome last, Set<UUID> heard) {
        boolean fresh = decision.eligible() && !heard.contains(decision.decisionId());
        boolean sameAsLastHearing = last != null && last.decisionId().equals(decision.decisionId());
        return fresh && !sameAsLastHearing ? ItemKind.REFERRAL : kindAfter(last);
    }

    /** Why a child is on the agenda, after their last hearing at an earlier meeting (none: a referral). */
    private static ItemKind kindAfter(PanelOutcome last) {
        if (last == null || last.outcome() == PanelOutcome.Kind.EXITED) {
            return ItemKind.REFERRAL;
        }
        return last.outcome() == PanelOutcome.Kind.PLAN_AGREED ? ItemKind.REVIEW : ItemKind.NOT_HEARD_BEFORE;
    }

    /** One decision as the agenda weighs it, unless retention removed its content. */
    private Optional<Latest> decision(UUID decisionId) {
        return jdbc.sql("""
                SELECT decision_id, risk_level, assessed_at, decided_at, mset_panel_eligible FROM decision
                WHERE decision_id = :id AND personal_removed_at IS NULL
                """)
                .param("id", decisionId)
                .query((row, n) -> Latest.from(row))
                .optional();
    }

    /** A child's decision as the agenda weighs it. */
    private record Latest(
            UUID decisionId, RiskLevel level, OffsetDateTime assessedAt, OffsetDateTime decidedAt, boolean eligible) {

        Item item(ItemKind kind, PanelOutcome lastHearing, Map<UUID, PanelOutcome> here) {
            return new Item(decisionId, level, assessedAt, decidedAt, kind, lastHearing, here.get(decisionId));
        }

        static Latest from(java.sql.ResultSet row) throws java.sql.SQLException {
            return new Latest(
                    row.getObject("decision_id", UUID.class),
                    RiskLevel.valueOf(row.getString("risk_level")),
                    utc(row.getObject("assessed_at", OffsetDateTime.class)),
                    utc(row.getObject("decided_at", OffsetDateTime.class)),
                    Boolean.TRUE.equals(row.getObject("mset_panel_eligible", Boolean.class)));
        }
    }

    /**
     * Each child's latest decision in the local authority by the end of the meeting's day, among those the
     * service had made by then ({@link PanelMeeting#decisionsMadeBefore()}): a held meeting's agenda stays
     * as it was, and a referral assessed before a meeting but sent after it goes to the next one.
     */
    private Map<String, Latest> latestOfEachChild(PanelMeeting meeting) {
        Map<String, Latest> latestByChild = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT decision_id, child_ref_hash, risk_level, assessed_at, decided_at, mset_panel_eligible FROM decision
                WHERE local_authority = :authority AND assessed_at < :until AND decided_at < :made
                  AND personal_removed_at IS NULL
                ORDER BY assessed_at DESC, decided_at DESC
                """)
                .param("authority", meeting.localAuthority())
                .param("until", meeting.endOfDay())
                .param("made", meeting.decisionsMadeBefore())
                .query(row -> {
                    latestByChild.putIfAbsent(HashBytes.hex(row, "child_ref_hash"), Latest.from(row));
                });
        return latestByChild;
    }

    /** A child's latest decision in the local authority made by the end of the meeting's day, any time before. */
    private Optional<Latest> latestOf(String childRefHash, PanelMeeting meeting) {
        return jdbc.sql("""
                SELECT decision_id, risk_level, assessed_at, decided_at, mset_panel_eligible FROM decision
                WHERE child_ref_hash = :child AND local_authority = :authority AND assessed_at < :until
                  AND decided_at < :made AND personal_removed_at IS NULL
                ORDER BY assessed_at DESC, decided_at DESC FETCH FIRST ROW ONLY
                """)
                .param("child", HashBytes.of(childRefHash))
                .param("authority", meeting.localAuthority())
                .param("until", meeting.endOfDay())
                .param("made", meeting.decisionsMadeBefore())
                .query((row, n) -> Latest.from(row))
                .optional();
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
     * meeting's day, in a decision of this local authority; most children first. Only decisions made by
     * then count, so a held meeting's list stays as it was.
     */
    private List<Named> named(PanelMeeting meeting, LinkPolicy linking, ReadsOfOneView reads) {
        OffsetDateTime until = meeting.endOfDay();
        OffsetDateTime from = until.minusDays(linking.windowDays());
        record Counted(
                String hash, int children, int referrals, int authorities, OffsetDateTime first, OffsetDateTime last) {}
        List<Counted> counted = jdbc.sql("""
                SELECT i.identifier_hash, COUNT(DISTINCT d.child_ref_hash) AS children,
                       COUNT(DISTINCT d.decision_id) AS referrals, COUNT(DISTINCT d.local_authority) AS authorities,
                       MIN(i.assessed_at) AS first_named, MAX(i.assessed_at) AS last_named
                FROM decision_identifier i JOIN decision d ON d.decision_id = i.decision_id
                WHERE i.assessed_at >= :from AND i.assessed_at < :until AND d.decided_at < :made
                  AND d.personal_removed_at IS NULL
                  AND i.identifier_hash IN (
                      SELECT h.identifier_hash FROM decision_identifier h
                      JOIN decision here ON here.decision_id = h.decision_id
                      WHERE here.local_authority = :authority AND h.assessed_at >= :from AND h.assessed_at < :until
                        AND here.decided_at < :made AND here.personal_removed_at IS NULL)
                GROUP BY i.identifier_hash
                HAVING COUNT(DISTINCT d.child_ref_hash) >= 2
                ORDER BY children DESC, last_named DESC
                """)
                .param("from", from)
                .param("until", until)
                .param("made", meeting.decisionsMadeBefore())
                .param("authority", meeting.localAuthority())
                .query((row, n) -> new Counted(
                        HashBytes.hex(row, "identifier_hash"),
                        row.getInt("children"),
                        row.getInt("referrals"),
                        row.getInt("authorities"),
                        utc(row.getObject("first_named", OffsetDateTime.class)),
                        utc(row.getObject("last_named", OffsetDateTime.class))))
                .list();
        List<Named> named = new ArrayList<>();
        for (Counted c : counted) {
            words(c.hash(), meeting, from, until, linking, reads)
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
     * The identifier's words as one referral gave them (one of this local authority's, the earliest in the
     * window): its request is decrypted, its identifiers found again and the one with this hash read out.
     * The earliest, not the latest: a coordinator's trial saw "Kez" become "KEZ!!" on the next agenda when a
     * new referral spelt it so, and the printed agendas no longer agreed. The words still change when that
     * referral leaves the window, or one assessed earlier arrives late, far less often. One referral is
     * read, not all of them, as few children's records as the words need.
     */
    private Optional<Words> words(
            String hash,
            PanelMeeting meeting,
            OffsetDateTime from,
            OffsetDateTime until,
            LinkPolicy linking,
            ReadsOfOneView reads) {
        Optional<UUID> source = jdbc.sql("""
                SELECT d.decision_id FROM decision_identifier i JOIN decision d ON d.decision_id = i.decision_id
                WHERE i.identifier_hash = :hash AND i.assessed_at >= :from AND i.assessed_at < :until
                  AND d.local_authority = :authority AND d.decided_at < :made AND d.personal_removed_at IS NULL
                ORDER BY i.assessed_at, d.decided_at, d.decision_id FETCH FIRST ROW ONLY
                """)
                .param("hash", HashBytes.of(hash))
                .param("from", from)
                .param("until", until)
                .param("made", meeting.decisionsMadeBefore())
                .param("authority", meeting.localAuthority())
                .query(UUID.class)
                .optional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        UUID decisionId = source.get();
        Decisions.StoredRequest stored = decisions.requestAsDecided(decisionId);
        Referral referral = REQUESTS.readValue(stored.json(), Referral.class).withDefaults(stored.countedFrom());
        reads.read(decisionId);
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
