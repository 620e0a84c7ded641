package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.moderateNaming;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * The order of a local authority's meetings (policy v1.1, section 11), as a coordinator's trial found it
 * could be broken: an earlier meeting hearing a child a later one already heard, a meeting set up before
 * one already heard; and a meeting set up twice. Its own database; each test its own local authority, so
 * their order does not matter.
 */
@TestPropertySource(properties = "test.store=panel-cycle")
class PanelCycleTest extends ServiceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    private static final LocalDate TODAY = NOW.toLocalDate();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEarlierMeetingRecordsNoNewOutcomeForAChildALaterMeetingHeard() {
        String la = "GATESHEAD";
        String t = token();
        Decided amy = decide(la, "amy-" + t, NOW.minusDays(20), significant());
        Decided ben = decide(la, "ben-" + t, NOW.minusDays(19), moderateNaming("Ben's adult " + t));
        String november = agendaOf(la, TODAY.minusDays(10));
        // Amy's very decision is heard in December; Ben is heard by a newer referral.
        Decided benAgain = decide(la, "ben-" + t, NOW.minusDays(5), significant());
        String december = agendaOf(la, TODAY.minusDays(3));
        record(december, exited(amy.id(), "SUFFICIENTLY_SAFE", null));
        record(december, notHeard(benAgain.id(), "Out of time"));
        long before = outcomesStored();

        HttpJson.Answer amyInNovember =
                coordinator().post(outcomes(november), exited(amy.id(), "SUFFICIENTLY_SAFE", null));
        HttpJson.Answer benInNovember = coordinator().post(outcomes(november), notHeard(ben.id(), "Late"));

        String decemberDay = TODAY.minusDays(3).format(PanelWords.DAY);
        assertThat(amyInNovember.status()).as(amyInNovember.response().body()).isEqualTo(409);
        assertThat(amyInNovember.json().get("detail").asString())
                .contains("at its meeting of " + decemberDay + ", held after this one");
        assertThat(benInNovember.status()).as(benInNovember.response().body()).isEqualTo(409);
        assertThat(outcomesStored()).isEqualTo(before);
        assertThat(coordinator().get(december).json().get("children"))
                .allSatisfy(
                        child -> assertThat(child.get("lastHearing").isNull()).isTrue());
        // By API too, November's agenda says which later meeting heard each of them; December's names none.
        assertThat(coordinator().get(november).json().get("children"))
                .extracting(child -> child.get("childRef").asString() + " "
                        + child.get("heardLaterOn").asString())
                .containsExactlyInAnyOrder(
                        "amy-" + t + " " + TODAY.minusDays(3), "ben-" + t + " " + TODAY.minusDays(3));
        assertThat(coordinator().get(december).json().get("children"))
                .allSatisfy(child -> assertThat(child.get("heardLaterOn").isNull())
                        .as("present, and null")
                        .isTrue());

        // November's page says why it takes no outcome for them, and offers no form that would be refused.
        String page = pages().get(pagePath(november)).body();
        assertThat(page)
                .contains("amy-" + t)
                .contains("No outcome can be recorded here: the panel heard this child at its later meeting of "
                        + decemberDay + ".")
                .doesNotContain("Record the outcome");

        // An outcome sent from a form opened before December heard her is refused, and the refusal is said at
        // the top: her form is no longer offered, so said there it was lost (a review of the agenda's form).
        PageClient browser = pages();
        String agendaPage = pagePath(november);
        PageClient.Page sent = browser.post(
                agendaPage + "/outcomes",
                java.util.Map.of(
                        "_csrf",
                        browser.get(agendaPage).formToken(),
                        "decisionId",
                        amy.id().toString(),
                        "outcome",
                        "EXITED",
                        "exitReason",
                        "SUFFICIENTLY_SAFE"));
        assertThat(sent.status()).as("sent back to the agenda").isIn(302, 303);
        String refused = browser.get(agendaPage).body();
        assertThat(refused)
                .contains("<title>Error: Agenda: ")
                .containsPattern("(?s)<div class=\"notice notice--bad\" role=\"alert\" id=\"problem\">.*held after"
                        + " this one");
    }

    @Test
    void anEarlierMeetingsOwnOutcomeCanStillBeCorrectedWithoutBecomingTheLast() {
        String la = "NEWCASTLE";
        Decided cat = decide(la, "cat-" + token(), NOW.minusDays(20), significant());
        String november = agendaOf(la, TODAY.minusDays(10));
        JsonNode notHeard = record(november, notHeard(cat.id(), "Social worker away"));
        String december = agendaOf(la, TODAY.minusDays(3));
        record(december, plan(cat.id(), TODAY.plusDays(10)));

        // November's record is fixed (the child was heard and a plan agreed there, say): a correction names it.
        JsonNode corrected = record(
                november,
                exited(cat.id(), "SUFFICIENTLY_SAFE", notHeard.get("outcomeId").asString()));

        assertThat(corrected.get("revision").asInt()).isEqualTo(2);
        // December's outcome stays the child's last: they are on the list for review, not exited.
        JsonNode list =
                coordinator().get("/api/v1/panel/children?localAuthority=" + la).json();
        assertThat(list.get("children"))
                .extracting(c -> c.get("lastOutcome").get("outcome").asString() + " "
                        + c.get("lastOutcome").get("meetingOn").asString())
                .containsExactly("PLAN_AGREED " + TODAY.minusDays(3));
        // December's agenda shows November's record as it now stands, beside its own outcome.
        JsonNode atDecember = coordinator().get(december).json().get("children").get(0);
        assertThat(atDecember.get("lastHearing").get("outcome").asString()).isEqualTo("EXITED");
        assertThat(atDecember.get("outcome").get("outcome").asString()).isEqualTo("PLAN_AGREED");
        assertThat(pages().get(pagePath(november)).body())
                .contains("Correct the outcome")
                .contains("The panel heard this child again at its later meeting of "
                        + TODAY.minusDays(3).format(PanelWords.DAY)
                        + ": a correction here leaves that meeting&#39;s outcome the child&#39;s last.")
                .doesNotContain("No outcome can be recorded here");
        assertThat(pages().get(pagePath(december)).body()).doesNotContain("heard this child again");
    }

    @Test
    void aMeetingBeforeOneWithOutcomesIsRefusedByTheApiAndThePage() {
        String la = "SUNDERLAND";
        Decided dan = decide(la, "dan-" + token(), NOW.minusDays(25), significant());
        agendaOf(la, TODAY.minusDays(20));
        String december = agendaOf(la, TODAY.minusDays(5));
        record(december, plan(dan.id(), TODAY.plusDays(10)));
        long meetingsBefore = meetingsStored();

        HttpJson.Answer between = coordinator().post("/api/v1/panel/meetings", meeting(la, TODAY.minusDays(8)));
        HttpJson.Answer beforeBoth = coordinator().post("/api/v1/panel/meetings", meeting(la, TODAY.minusDays(30)));
        PageClient pages = pages();
        PageClient.Page fromThePage = setUp(pages, la, TODAY.minusDays(8));
        String home = pages.get("/panel").body();

        String decemberDay = TODAY.minusDays(5).format(PanelWords.DAY);
        String refusal = "The panel meeting for Sunderland of " + decemberDay + " already has outcomes recorded, so no"
                + " meeting can be set up on an earlier day";
        assertThat(between.status()).as(between.response().body()).isEqualTo(409);
        assertThat(between.json().get("detail").asString()).startsWith(refusal);
        assertThat(beforeBoth.status()).isEqualTo(409);
        assertThat(fromThePage.header("Location")).endsWith("/panel");
        assertThat(home).contains(refusal.replace("'", "&#39;"));
        assertThat(meetingsStored()).isEqualTo(meetingsBefore);
        assertThat(coordinator().get(december).json().get("previousMeetingOn").asString())
                .isEqualTo(TODAY.minusDays(20).toString());
        // After the latest meeting heard, the next meeting is set up as ever.
        agendaOf(la, TODAY.minusDays(1));
    }

    @Test
    void aMeetingBetweenTwoWithNoOutcomeYetIsSetUp() {
        // Nothing is decided on either agenda yet, so none heard is changed: the later one's previous
        // meeting becomes the new one, as it would had they been set up in order.
        String la = "NORTH_TYNESIDE";
        agendaOf(la, TODAY.minusDays(20));
        String later = agendaOf(la, TODAY.minusDays(5));

        agendaOf(la, TODAY.minusDays(10));

        assertThat(coordinator().get(later).json().get("previousMeetingOn").asString())
                .isEqualTo(TODAY.minusDays(10).toString());
    }

    @Test
    void theSameMeetingSetUpTwiceLinksTheOneAlreadySetUp() {
        String la = "OTHER";
        LocalDate day = TODAY.minusDays(2);
        String agenda = agendaOf(la, day);
        String meetingId = agenda.replaceFirst(".*/meetings/", "").replace("/agenda", "");

        HttpJson.Answer again = coordinator().post("/api/v1/panel/meetings", meeting(la, day));
        PageClient pages = pages();
        setUp(pages, la, day);
        String home = pages.get("/panel").body();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString())
                .endsWith("is already set up: its agenda is /api/v1/panel/meetings/" + meetingId + "/agenda");
        assertThat(home)
                .contains("A panel meeting for Another local authority on " + day.format(PanelWords.DAY)
                        + " is already set up.")
                .contains(
                        "href=\"/panel/meetings/" + meetingId + "\">Open the agenda of the meeting already set up</a>");
    }

    private static PageClient.Page setUp(PageClient pages, String localAuthority, LocalDate heldOn) {
        PageClient.Page posted = pages.post(
                "/panel/meetings",
                java.util.List.of(
                        java.util.Map.entry("_csrf", pages.get("/panel").formToken()),
                        java.util.Map.entry("localAuthority", localAuthority),
                        java.util.Map.entry("heldOn", heldOn.toString())));
        assertThat(posted.status()).isIn(302, 303);
        return posted;
    }

    private long meetingsStored() {
        return jdbc.sql("SELECT COUNT(*) FROM panel_meeting").query(Long.class).single();
    }

    private static String meeting(String localAuthority, LocalDate heldOn) {
        return PanelReferrals.meeting(localAuthority, heldOn);
    }

    private PageClient pages() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        return pages;
    }

    private static String pagePath(String agenda) {
        return java.net
                .URI
                .create(agenda)
                .getPath()
                .replace("/api/v1/panel", "/panel")
                .replace("/agenda", "");
    }

    private long outcomesStored() {
        return jdbc.sql("SELECT COUNT(*) FROM panel_outcome").query(Long.class).single();
    }

    private JsonNode record(String agenda, String body) {
        return PanelReferrals.recorded(coordinator(), agenda, body);
    }

    private static String outcomes(String agenda) {
        return PanelReferrals.outcomes(agenda);
    }

    private String agendaOf(String localAuthority, LocalDate heldOn) {
        return PanelReferrals.agendaOf(coordinator(), localAuthority, heldOn);
    }

    private Decided decide(String localAuthority, String childRef, OffsetDateTime assessedAt, String rest) {
        return PanelReferrals.decide(http(), localAuthority, childRef, assessedAt, rest);
    }

    private HttpJson coordinator() {
        return as(DemoClients.PANEL_COORDINATOR);
    }

    private static String plan(UUID decisionId, LocalDate due) {
        return """
                {"decisionId": "%s", "outcome": "PLAN_AGREED", "plan": [
                  {"text": "Weekly check-in at school", "leadAgency": "EDUCATION", "dueBy": "%s"}]}
                """.formatted(decisionId, due);
    }

    private static String notHeard(UUID decisionId, String reason) {
        return "{\"decisionId\": \"" + decisionId + "\", \"outcome\": \"NOT_HEARD\", \"reason\": \"" + reason + "\"}";
    }

    private static String exited(UUID decisionId, String reason, String corrects) {
        return "{\"decisionId\": \"" + decisionId + "\", \"outcome\": \"EXITED\", \"exitReason\": \"" + reason + "\""
                + (corrects == null ? "" : ", \"corrects\": \"" + corrects + "\"")
                + "}";
    }
}
