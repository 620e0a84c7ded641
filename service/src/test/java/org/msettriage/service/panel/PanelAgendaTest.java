package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.meeting;
import static org.msettriage.service.panel.PanelReferrals.moderateNaming;
import static org.msettriage.service.panel.PanelReferrals.nothingOfConcern;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.panel.PanelReferrals.Decided;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Policy v1.1, section 11, through the real API: the coordinator sets up meetings and reads their agendas,
 * worked out from decisions the case system stored. Its own database, so its agendas hold only its own.
 */
@TestPropertySource(properties = "test.store=panel-agenda")
class PanelAgendaTest extends ServiceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    private static final LocalDate TODAY = NOW.toLocalDate();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeetingIsSetUpOncePerLocalAuthorityAndDayAndListed() {
        HttpJson.Answer created =
                coordinator().post("/api/v1/panel/meetings", meeting("NEWCASTLE", TODAY.minusDays(400)));
        HttpJson.Answer again =
                coordinator().post("/api/v1/panel/meetings", meeting("NEWCASTLE", TODAY.minusDays(400)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/agenda");
        assertThat(created.json().get("createdBy").asString()).isEqualTo("demo-panel-coordinator");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString())
                .isEqualTo("A panel meeting for Newcastle on "
                        + TODAY.minusDays(400).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                        + " is already set up: its agenda is "
                        + java.net.URI.create(created.header("Location")).getPath());
        assertThat(coordinator()
                        .get("/api/v1/panel/meetings?localAuthority=NEWCASTLE")
                        .json()
                        .get("meetings"))
                .extracting(m -> m.get("heldOn").asString())
                .contains(TODAY.minusDays(400).toString());
    }

    @Test
    void aBadMeetingIsRefusedNamingEveryField() {
        HttpJson.Answer unknown = coordinator()
                .post("/api/v1/panel/meetings", "{\"localAuthority\": \"ATLANTIS\", \"heldOn\": \"2026-12-01\"}");
        HttpJson.Answer empty = coordinator().post("/api/v1/panel/meetings", "{}");
        HttpJson.Answer britishDate = coordinator()
                .post("/api/v1/panel/meetings", "{\"localAuthority\": \"GATESHEAD\", \"heldOn\": \"05/12/2026\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors"))
                .extracting(e -> e.get("pointer").asString())
                .containsExactly("/localAuthority");
        assertThat(unknown.response().body()).doesNotContain("ATLANTIS");
        // Found by a policy lead: a date in another form was "not a value this field allows", without the form.
        assertThat(britishDate.status()).isEqualTo(400);
        assertThat(britishDate.json().get("errors").get(0).get("pointer").asString())
                .isEqualTo("/heldOn");
        assertThat(britishDate.response().body()).contains("write it as YYYY-MM-DD");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors"))
                .extracting(e -> e.get("pointer").asString())
                .containsExactlyInAnyOrder("/localAuthority", "/heldOn");
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of [GATESHEAD, NEWCASTLE, NORTH_TYNESIDE, SOUTH_TYNESIDE, SUNDERLAND,"
                        + " NORTHUMBERLAND, OTHER]");
        HttpJson.Answer noDay = coordinator().post("/api/v1/panel/meetings", "{\"localAuthority\": \"GATESHEAD\"}");
        assertThat(noDay.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/heldOn");
        assertThat(noDay.json().get("errors").get(0).get("message").asString()).isEqualTo("is required");
        // An unknown local authority used to hide the day's problem, in either form.
        for (String day : new String[] {"05/12/2026", "1999-12-31"}) {
            HttpJson.Answer both = coordinator()
                    .post("/api/v1/panel/meetings", "{\"localAuthority\": \"ATLANTIS\", \"heldOn\": \"" + day + "\"}");
            assertThat(both.status()).as(day).isEqualTo(400);
            assertThat(both.json().get("errors"))
                    .extracting(e -> e.get("pointer").asString())
                    .as(day)
                    .containsExactly("/heldOn", "/localAuthority");
        }
    }

    @Test
    void theListOfChildrenNamesItsLocalAuthorityParameterWhenItIsMissingOrUnknown() {
        HttpJson.Answer missing = coordinator().get("/api/v1/panel/children");
        HttpJson.Answer unknown = coordinator().get("/api/v1/panel/children?localAuthority=ATLANTIS");

        for (HttpJson.Answer refused : List.of(missing, unknown)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("type").asString()).endsWith("/problems/invalid-request");
            assertThat(refused.json().get("detail").asString())
                    .isEqualTo("1 problem was found; nothing was looked up.");
            assertThat(refused.json().get("errors").get(0).get("parameter").asString())
                    .isEqualTo("localAuthority");
        }
        assertThat(missing.json().get("errors").get(0).get("message").asString())
                .isEqualTo("is required");
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .startsWith("must be one of [GATESHEAD, NEWCASTLE,");
    }

    @Test
    void theAgendaListsEachChildsLatestEligibleDecisionSinceThePreviousMeetingHighestRiskFirst() {
        // The previous Gateshead meeting was 30 days ago: decisions assessed by the end of that day were its.
        coordinator().post("/api/v1/panel/meetings", meeting("GATESHEAD", TODAY.minusDays(30)));
        String token = token();
        Decided before = decide("GATESHEAD", "child-old-" + token, NOW.minusDays(31), moderateNaming("Olly " + token));
        Decided moderate = decide("GATESHEAD", "child-a-" + token, NOW.minusDays(10), moderateNaming("Andy " + token));
        Decided significant = decide("GATESHEAD", "child-b-" + token, NOW.minusDays(5), significant());
        decide("GATESHEAD", "child-c-" + token, NOW.minusDays(9), moderateNaming("Cal " + token));
        // Child C's latest decision is not panel eligible: C is not on the agenda.
        decide("GATESHEAD", "child-c-" + token, NOW.minusDays(2), nothingOfConcern());
        decide("SUNDERLAND", "child-d-" + token, NOW.minusDays(3), moderateNaming("Dee " + token));

        HttpJson.Answer agenda = coordinator().get(created("GATESHEAD", TODAY).header("Location"));

        assertThat(agenda.status()).isEqualTo(200);
        JsonNode body = agenda.json();
        assertThat(body.get("previousMeetingOn").asString())
                .isEqualTo(TODAY.minusDays(30).toString());
        assertThat(body.get("linkWindowDays").asInt()).isEqualTo(365);
        // Child "old" was assessed by the previous meeting's day, but that meeting recorded no outcome for
        // them: not heard, they are carried to this one (the earliest assessed first within a level).
        assertThat(body.get("children"))
                .extracting(c -> c.get("decisionId").asString())
                .containsExactly(
                        significant.id().toString(),
                        before.id().toString(),
                        moderate.id().toString());
        JsonNode first = body.get("children").get(0);
        assertThat(first.get("riskLevel").asString()).isEqualTo("SIGNIFICANT");
        assertThat(first.get("childRef").asString()).isEqualTo("child-b-" + token);
        assertThat(first.get("summary").asString()).startsWith("Significant risk");
        assertThat(first.get("actions")).isNotEmpty();
        // Every decision the agenda shows is in the access log, by the coordinator, as an agenda read.
        assertThat(jdbc.sql("SELECT channel || ' ' || caller_name FROM decision_access WHERE decision_id = :id")
                        .param("id", moderate.id())
                        .query(String.class)
                        .list())
                .containsExactly("PANEL_AGENDA demo-panel-coordinator");
        // An auditor reads that decision's record and its access log as any other (the agenda's reads in it).
        HttpJson auditor = as(DemoClients.AUDITOR);
        HttpJson.Answer record = auditor.send(
                "GET", "/api/v1/decisions/" + moderate.id() + "/record", Map.of("Mset-Access-Reason", "panel check"));
        assertThat(record.status()).as(record.response().body()).isEqualTo(200);
        assertThat(record.response().body()).contains("PANEL_AGENDA");
        HttpJson.Answer log = auditor.get("/api/v1/audit/access-log?decisionId=" + moderate.id());
        assertThat(log.status()).as(log.response().body()).isEqualTo(200);
        assertThat(log.response().body()).contains("PANEL_AGENDA");
    }

    @Test
    void withinALevelTheEarliestAssessedIsHeardFirst() {
        String token = token();
        Decided later = decide("NORTHUMBERLAND", "child-l-" + token, NOW.minusDays(2), moderateNaming("Lee " + token));
        Decided earlier = decide("NORTHUMBERLAND", "child-e-" + token, NOW.minusDays(8), moderateNaming("Em " + token));

        JsonNode agenda = coordinator()
                .get(created("NORTHUMBERLAND", TODAY).header("Location"))
                .json();

        assertThat(agenda.get("children"))
                .extracting(c -> c.get("decisionId").asString())
                .containsExactly(earlier.id().toString(), later.id().toString());
    }

    @Test
    void childrenEqualOnLevelAndAssessedStayInTheOrderTheServiceDecidedThemWhenAnOutcomeIsRecorded() {
        // Found in a trial: three referrals assessed together were renumbered once an outcome was recorded,
        // and the page went back to "#child-3", by then another child with an empty form.
        String token = token();
        OffsetDateTime together = NOW.minusDays(3);
        List<UUID> posted = new ArrayList<>();
        for (String child : List.of("child-b1-", "child-idem-", "child-7f3a-")) {
            posted.add(decide("OTHER", child + token, together, significant()).id());
        }
        String agenda = created("OTHER", TODAY).header("Location");
        List<UUID> decided = new ArrayList<>(posted);
        decided.sort(Comparator.comparing((UUID id) -> decidedAt(id)).thenComparing(UUID::toString));
        assertThat(order(agenda)).containsExactlyElementsOf(decided);

        String page = agenda.substring(agenda.indexOf("/api/v1/panel"))
                .replace("/api/v1/panel", "/panel")
                .replace("/agenda", "");
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        UUID last = decided.get(2);
        PageClient.Page recorded = exit(pages, page, last, "SUFFICIENTLY_SAFE");

        // Only the path: an absolute address named the host the service saw, behind a proxy its internal one.
        assertThat(recorded.header("Location")).isEqualTo(page + "#" + PanelPages.anchor(last));
        assertThat(order(agenda)).containsExactlyElementsOf(decided);
        String shown = pages.get(page).body();
        assertThat(decided.stream().map(id -> shown.indexOf("id=\"" + PanelPages.anchor(id) + "\"")))
                .allMatch(at -> at > 0)
                .isSorted();
        // A refused outcome (an exit without its reason) goes back to its own child's refusal.
        UUID first = decided.get(0);
        assertThat(exit(pages, page, first, "").header("Location"))
                .isEqualTo(page + "#refused-" + PanelPages.anchor(first));
    }

    private static PageClient.Page exit(PageClient pages, String page, UUID decisionId, String reason) {
        PageClient.Page posted = pages.post(
                page + "/outcomes",
                List.of(
                        Map.entry("_csrf", pages.get(page).formToken()),
                        Map.entry("decisionId", decisionId.toString()),
                        Map.entry("outcome", "EXITED"),
                        Map.entry("exitReason", reason)));
        assertThat(posted.status()).isIn(302, 303);
        return posted;
    }

    private List<UUID> order(String agenda) {
        List<UUID> order = new ArrayList<>();
        coordinator()
                .get(agenda)
                .json()
                .get("children")
                .forEach(child ->
                        order.add(UUID.fromString(child.get("decisionId").asString())));
        return order;
    }

    private OffsetDateTime decidedAt(UUID decisionId) {
        return jdbc.sql("SELECT decided_at FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query(OffsetDateTime.class)
                .single();
    }

    @Test
    void theCoordinatorsPagesAreTheirsAloneAndAFormNeedsItsToken() {
        PageClient anonymous = new PageClient("http://localhost:" + port);
        assertThat(anonymous.get("/panel").status()).isEqualTo(303);
        for (DemoClients.Key other : List.of(DemoClients.AUDITOR, DemoClients.POLICY_LEAD)) {
            PageClient signedIn = new PageClient("http://localhost:" + port);
            signedIn.signIn(other.key());
            assertThat(signedIn.get("/panel").status()).as(other.client()).isEqualTo(403);
        }
        PageClient coordinator = new PageClient("http://localhost:" + port);
        assertThat(coordinator.signIn(DemoClients.PANEL_COORDINATOR.key()).header("Location"))
                .isEqualTo("/panel");
        assertThat(coordinator.get("/panel").status()).isEqualTo(200);
        assertThat(coordinator.get("/audit").status()).isEqualTo(403);
        assertThat(coordinator.get("/rules").status()).isEqualTo(403);
        assertThat(coordinator.get("/panel/meetings/not-a-meeting").status()).isEqualTo(404);
        // A form without its token is refused, and sets nothing up.
        long before = coordinator()
                .get("/api/v1/panel/meetings")
                .json()
                .get("meetings")
                .size();
        HttpJson.Answer noToken = coordinator()
                .send("POST", "/panel/meetings", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(noToken.status()).isIn(303, 401, 403);
        assertThat(coordinator()
                        .get("/api/v1/panel/meetings")
                        .json()
                        .get("meetings")
                        .size())
                .isEqualTo(before);
        assertThat(coordinator().get("/api/v1/decisions").status()).isEqualTo(403);
    }

    @Test
    void theLastItemNamesWhoAndWhatIsNamedAboutMoreThanOneChild() {
        String token = token();
        // 23:30 UTC on 15 July is 00:30 on 16 July in London: the pages date it so (a coordinator's trial read
        // "15 July" under the names, beside the child's "Assessed 16 July 2026, 00:30 BST").
        OffsetDateTime firstNamed = OffsetDateTime.parse("2026-07-15T23:30:00Z");
        decide("NORTH_TYNESIDE", "child-e-" + token, firstNamed, moderateNaming("Big Zed " + token));
        decide("SOUTH_TYNESIDE", "child-f-" + token, NOW.minusDays(12), moderateNaming("big zed " + token + "!"));
        decide("NORTH_TYNESIDE", "child-g-" + token, NOW.minusDays(4), moderateNaming("Lone Lou " + token));
        // A later referral spells it otherwise: the words stay those first given, so agendas agree.
        decide("NORTH_TYNESIDE", "child-j-" + token, NOW.minusDays(2), moderateNaming("BIG ZED!! " + token));
        // Named about two children, but in neither in North Tyneside: not this meeting's.
        decide("SUNDERLAND", "child-h-" + token, NOW.minusDays(6), moderateNaming("Far Fay " + token));
        decide("SUNDERLAND", "child-i-" + token, NOW.minusDays(7), moderateNaming("far fay " + token));

        String location = created("NORTH_TYNESIDE", TODAY).header("Location");
        JsonNode agenda = coordinator().get(location).json();

        List<String> words = new ArrayList<>();
        agenda.get("placesAndPerpetrators")
                .forEach(named -> words.add(named.get("words").asString()));
        assertThat(words).containsExactly("Big Zed " + token);
        JsonNode zed = agenda.get("placesAndPerpetrators").get(0);
        assertThat(zed.get("kind").asString()).isEqualTo("PERSON");
        assertThat(zed.get("children").asInt()).isEqualTo(3);
        assertThat(zed.get("referrals").asInt()).isEqualTo(3);
        assertThat(zed.get("localAuthorities").asInt()).isEqualTo(2);
        assertThat(OffsetDateTime.parse(zed.get("firstNamed").asString())).isEqualTo(firstNamed);
        assertThat(OffsetDateTime.parse(zed.get("lastNamed").asString())).isEqualTo(NOW.minusDays(2));
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        String page = pages.get(location.substring(location.indexOf("/api/v1/panel"))
                        .replace("/api/v1/panel", "/panel")
                        .replace("/agenda", ""))
                .body();
        String lastDay = NOW.minusDays(2)
                .atZoneSameInstant(ZoneId.of("Europe/London"))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(page).contains("<td>16 July 2026 to " + lastDay + "</td>");
    }

    @Test
    void oneViewOfTheAgendaRecordsEachDecisionItReadsOnce() {
        // A trial counted three reads for one view: the child's, then one for each name whose words came
        // from the same referral.
        String token = token();
        String twoNames = moderateNaming("Rae " + token)
                .replace(
                        "\"isAdult\": true}]",
                        "\"isAdult\": true}, {\"nickname\": \"Sol " + token + "\", \"isAdult\": true}]");
        Decided listed = decide("NEWCASTLE", "child-j-" + token, NOW.minusDays(3), twoNames);
        decide("SUNDERLAND", "child-k-" + token, NOW.minusDays(5), twoNames);

        JsonNode agenda = coordinator()
                .get(created("NEWCASTLE", TODAY.minusDays(1)).header("Location"))
                .json();

        assertThat(agenda.get("placesAndPerpetrators"))
                .extracting(named -> named.get("words").asString())
                .containsExactlyInAnyOrder("Rae " + token, "Sol " + token);
        assertThat(jdbc.sql("SELECT channel FROM decision_access WHERE decision_id = :id")
                        .param("id", listed.id())
                        .query(String.class)
                        .list())
                .containsExactly("PANEL_AGENDA");
    }

    @Test
    void aMeetingsDayEndsAtMidnightInThePartnershipsTimeZone() {
        // In summer, midnight in London is 23:00 UTC: a referral assessed at 00:30 London time on the 15th
        // is the 15th's, as its coordinator reads the day, not the 14th's as the UTC date would have it.
        String token = token();
        Decided lateEvening = decide(
                "SOUTH_TYNESIDE",
                "child-evening-" + token,
                OffsetDateTime.parse("2026-07-14T22:30:00Z"),
                significant());
        Decided afterMidnight = decide(
                "SOUTH_TYNESIDE", "child-night-" + token, OffsetDateTime.parse("2026-07-14T23:30:00Z"), significant());

        String fourteenth = created("SOUTH_TYNESIDE", LocalDate.of(2026, 7, 14)).header("Location");
        String fifteenth = created("SOUTH_TYNESIDE", LocalDate.of(2026, 7, 15)).header("Location");

        assertThat(order(fourteenth)).containsExactly(lateEvening.id());
        assertThat(dayEndsAt(fourteenth)).isEqualTo("2026-07-14T23:00:00Z");
        // The child of the 14th was not heard (no outcome recorded), so is carried to the 15th.
        assertThat(order(fifteenth)).containsExactly(lateEvening.id(), afterMidnight.id());
        assertThat(jdbc.sql("SELECT day_ends_at FROM panel_meeting WHERE local_authority = 'SOUTH_TYNESIDE'"
                                + " ORDER BY held_on")
                        .query(OffsetDateTime.class)
                        .list())
                .extracting(OffsetDateTime::toInstant)
                .containsExactly(
                        OffsetDateTime.parse("2026-07-14T23:00:00Z").toInstant(),
                        OffsetDateTime.parse("2026-07-15T23:00:00Z").toInstant());

        // A meeting set up before its day's end was kept (as migration 43 leaves one) ends it at midnight
        // UTC, as when it was heard: the referral of 00:30 London time stays on it.
        keepDayEnd("SOUTH_TYNESIDE", LocalDate.of(2026, 7, 14), null);
        assertThat(order(fourteenth)).containsExactly(lateEvening.id(), afterMidnight.id());
        assertThat(dayEndsAt(fourteenth)).isEqualTo("2026-07-15T00:00:00Z");
        // As it was set up, so the store's chain stays intact for whatever else reads it.
        keepDayEnd("SOUTH_TYNESIDE", LocalDate.of(2026, 7, 14), OffsetDateTime.parse("2026-07-14T23:00:00Z"));
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        assertThat(coordinator()
                        .get("/api/v1/panel/meetings/" + UUID.randomUUID() + "/agenda")
                        .status())
                .isEqualTo(404);
    }

    /** The end of the meeting's day its agenda gives. */
    private String dayEndsAt(String agenda) {
        return coordinator().get(agenda).json().get("meeting").get("dayEndsAt").asString();
    }

    /** Sets the end of a meeting's day as kept in the store (null: as a meeting set up before migration 43). */
    private void keepDayEnd(String localAuthority, LocalDate heldOn, OffsetDateTime end) {
        jdbc.sql("UPDATE panel_meeting SET day_ends_at = :end WHERE local_authority = :authority"
                        + " AND held_on = :heldOn")
                .param("end", end)
                .param("authority", localAuthority)
                .param("heldOn", heldOn)
                .update();
    }

    private HttpJson coordinator() {
        return as(DemoClients.PANEL_COORDINATOR);
    }

    private HttpJson.Answer created(String localAuthority, LocalDate heldOn) {
        return PanelReferrals.created(coordinator(), localAuthority, heldOn);
    }

    private Decided decide(String localAuthority, String childRef, OffsetDateTime assessedAt, String rest) {
        return PanelReferrals.decide(http(), localAuthority, childRef, assessedAt, rest);
    }
}
