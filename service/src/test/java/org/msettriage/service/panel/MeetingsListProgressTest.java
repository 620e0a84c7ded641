package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The meetings list says of each meeting whether it is still to come, or how many of its children have no
 * outcome yet: a coordinator's trial could not tell which meetings were unfinished. A store of its own, as
 * outcomes recorded at a meeting refuse setting up an earlier one in the same local authority.
 */
@TestPropertySource(properties = "test.store=panel-progress")
class MeetingsListProgressTest extends ServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /**
     * The partnership's time zone for this store: of the zones 14 hours ahead of UTC and 12 behind, one whose
     * day is not the server's today. Their days are always one or two apart, so one of them always differs,
     * and a page that took the server's day for the partnership's is seen to.
     */
    private static final ZoneId PARTNERSHIP = Stream.of("Etc/GMT-14", "Etc/GMT+12")
            .map(ZoneId::of)
            .filter(zone -> !LocalDate.now(zone).equals(LocalDate.now()))
            .findFirst()
            .orElseThrow();

    @DynamicPropertySource
    static void partnershipZone(DynamicPropertyRegistry settings) {
        settings.add("mset.reports.zone", PARTNERSHIP::getId);
    }

    @Test
    void theFormSuggestsThePartnershipsTodayNotTheServers() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());

        String home = pages.get("/panel").body();

        assertThat(home).contains("value=\"" + TypedDay.written(LocalDate.now(PARTNERSHIP)) + "\"");
        assertThat(home).doesNotContain("value=\"" + TypedDay.written(LocalDate.now()) + "\"");
    }

    @Test
    void eachMeetingSaysWhetherItsChildrenHaveTheirOutcomes() {
        HttpJson coordinator = as(DemoClients.PANEL_COORDINATOR);
        PanelReferrals.decide(
                http(),
                "GATESHEAD",
                "progress-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(30),
                significant());
        String agenda = PanelReferrals.agendaOf(coordinator, "GATESHEAD", TODAY.minusDays(27));
        String toCome = PanelReferrals.agendaOf(coordinator, "GATESHEAD", TODAY.plusDays(27));
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        List<String> children = new ArrayList<>();
        coordinator
                .get(agenda)
                .json()
                .get("children")
                .forEach(c -> children.add(c.get("decisionId").asString()));
        assertThat(children).hasSize(1);

        assertThat(rowOf(pages.get("/panel").body(), agenda)).contains("1 of 1 child has no outcome yet");
        assertThat(rowOf(pages.get("/panel").body(), toCome)).contains("Not yet held");
        PanelReferrals.recorded(
                coordinator,
                agenda,
                "{\"decisionId\": \"" + children.get(0)
                        + "\", \"outcome\": \"NOT_HEARD\", \"reason\": \"time ran out\"}");

        assertThat(rowOf(pages.get("/panel").body(), agenda)).contains("The child has an outcome");
    }

    @Test
    void aChildWithAnOutcomeAtALaterMeetingIsNotListedAsMissingOne() {
        // A coordinator's trial: "1 of 1 child has no outcome yet" of a meeting whose page refuses one.
        HttpJson coordinator = as(DemoClients.PANEL_COORDINATOR);
        PanelReferrals.decide(
                http(),
                "SUNDERLAND",
                "later-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(30),
                significant());
        String earlier = PanelReferrals.agendaOf(coordinator, "SUNDERLAND", TODAY.minusDays(27));
        String later = PanelReferrals.agendaOf(coordinator, "SUNDERLAND", TODAY.minusDays(13));
        String child = coordinator
                .get(later)
                .json()
                .get("children")
                .get(0)
                .get("decisionId")
                .asString();
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        assertThat(rowOf(pages.get("/panel").body(), earlier)).contains("1 of 1 child has no outcome yet");

        PanelReferrals.recorded(
                coordinator,
                later,
                "{\"decisionId\": \"" + child + "\", \"outcome\": \"NOT_HEARD\", \"reason\": \"ill\"}");

        assertThat(rowOf(pages.get("/panel").body(), earlier)).contains("The child has an outcome at a later meeting");
        assertThat(rowOf(pages.get("/panel").body(), later)).contains("The child has an outcome");
    }

    /** The meetings list's row of the meeting whose agenda (by API) is at this address. */
    private static String rowOf(String home, String agenda) {
        String meeting = agenda.replaceFirst(".*/meetings/([^/]+)/agenda.*", "$1");
        int link = home.indexOf("/panel/meetings/" + meeting + "\"");
        assertThat(link).as("a row for meeting " + meeting).isPositive();
        return home.substring(home.lastIndexOf("<tr", link), link);
    }
}
