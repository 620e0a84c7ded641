package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.panel.PanelReferrals.Decided;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order of a local authority's meetings holds when two coordinators write at the same moment: one
 * coordinator's outcome is written and its commit held open, while another's conflicting write is sent.
 * Without a lock the second would pass its checks, blind to the first's uncommitted outcome, and both
 * would be stored; with the meetings locked it waits, is judged after the first, and is refused. Its own
 * database; each test its own local authority.
 */
@TestPropertySource(properties = "test.store=panel-order-race")
class PanelOrderRaceTest extends ServiceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Caller COORDINATOR =
            new Caller(Caller.Method.API_KEY, "demo-panel-coordinator", Set.of(Role.PANEL_COORDINATOR));

    @Autowired
    PanelHearings hearings;

    @Autowired
    PanelMeetings meetings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSource dataSource;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anEarlierMeetingsOutcomeSentWhileALaterMeetingHearsTheChildIsRefused() throws Exception {
        String la = "GATESHEAD";
        Decided amy = decide(la, "amy-" + token());
        String november = agendaOf(la, TODAY.minusDays(10));
        String december = agendaOf(la, TODAY.minusDays(3));

        Raced raced = race(
                () -> hearings.record(meeting(december), exited(amy.id()), List.of(), COORDINATOR),
                () -> coordinator().post(outcomes(november), exitedBody(amy.id())));

        assertThat(raced.second().status()).as(raced.second().response().body()).isEqualTo(409);
        assertThat(raced.second().json().get("detail").asString())
                .contains("at its meeting of " + TODAY.minusDays(3).format(PanelWords.DAY) + ", held after this one");
        assertThat(outcomesOf(amy.id())).isOne();
    }

    @Test
    void aLaterMeetingsOutcomeSentWhileAnEarlierOneExitsTheChildIsRefused() throws Exception {
        String la = "NEWCASTLE";
        Decided ben = decide(la, "ben-" + token());
        String november = agendaOf(la, TODAY.minusDays(10));
        String december = agendaOf(la, TODAY.minusDays(3));

        Raced raced = race(
                () -> hearings.record(meeting(november), exited(ben.id()), List.of(), COORDINATOR),
                () -> coordinator().post(outcomes(december), exitedBody(ben.id())));

        // Exited in November, the child is on no later agenda: as if the two had been sent in turn.
        assertThat(raced.second().status()).as(raced.second().response().body()).isEqualTo(400);
        assertThat(raced.second().response().body()).contains("is not on this meeting's agenda");
        assertThat(outcomesOf(ben.id())).isOne();
    }

    @Test
    void aMeetingSetUpWhileALaterMeetingRecordsItsFirstOutcomeIsRefused() throws Exception {
        String la = "SUNDERLAND";
        Decided cat = decide(la, "cat-" + token());
        String december = agendaOf(la, TODAY.minusDays(3));

        Raced raced = race(
                () -> hearings.record(meeting(december), exited(cat.id()), List.of(), COORDINATOR),
                () -> coordinator().post("/api/v1/panel/meetings", PanelReferrals.meeting(la, TODAY.minusDays(8))));

        assertThat(raced.second().status()).as(raced.second().response().body()).isEqualTo(409);
        assertThat(raced.second().json().get("detail").asString()).contains("already has outcomes recorded");
        assertThat(meetings.list(la)).extracting(PanelMeeting::heldOn).containsExactly(TODAY.minusDays(3));
        assertThat(outcomesOf(cat.id())).isOne();
    }

    /** The second write's answer, once the first (its outcome stored) has committed. */
    private record Raced(PanelOutcome first, HttpJson.Answer second) {}

    /**
     * Runs the first write in a transaction held open once it has written, sends the second meanwhile, and
     * commits the first only once the database shows the second waiting on the first's locks (the meetings
     * it would check); a second that finishes first, or never waits, fails the race.
     */
    private Raced race(Supplier<PanelOutcome> first, Supplier<HttpJson.Answer> second) throws Exception {
        LockWaits locks = LockWaits.of(dataSource);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicInteger firstSession = new AtomicInteger();
        Future<PanelOutcome> firstWrite =
                threads.submit(() -> new TransactionTemplate(transactionManager).execute(status -> {
                    PanelOutcome outcome = first.get();
                    firstSession.set(locks.currentSession());
                    written.countDown();
                    await(commit);
                    return outcome;
                }));
        assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
        Future<HttpJson.Answer> secondWrite = threads.submit(second::get);
        boolean secondWaited = locks.waitsBehind(firstSession.get(), secondWrite);
        commit.countDown();
        PanelOutcome stored = firstWrite.get(20, TimeUnit.SECONDS);
        HttpJson.Answer answer = secondWrite.get(20, TimeUnit.SECONDS);
        assertThat(secondWaited)
                .as(
                        "the second write waits for the first: %s",
                        answer.response().body())
                .isTrue();
        assertThat(stored).isNotNull();
        return new Raced(stored, answer);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long outcomesOf(UUID decisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM panel_outcome WHERE decision_id = :id")
                .param("id", decisionId)
                .query(Long.class)
                .single();
    }

    private PanelMeeting meeting(String agenda) {
        UUID id = UUID.fromString(agenda.replaceFirst(".*/meetings/", "").replace("/agenda", ""));
        return meetings.find(id).orElseThrow();
    }

    private static PanelHearings.Proposed exited(UUID decisionId) {
        return new PanelHearings.Proposed(decisionId, "EXITED", null, null, "SUFFICIENTLY_SAFE", null, null);
    }

    private static String exitedBody(UUID decisionId) {
        return "{\"decisionId\": \"" + decisionId
                + "\", \"outcome\": \"EXITED\", \"exitReason\": \"SUFFICIENTLY_SAFE\"}";
    }

    private static String outcomes(String agenda) {
        return PanelReferrals.outcomes(agenda);
    }

    private String agendaOf(String localAuthority, LocalDate heldOn) {
        return PanelReferrals.agendaOf(coordinator(), localAuthority, heldOn);
    }

    private Decided decide(String localAuthority, String childRef) {
        return PanelReferrals.decide(http(), localAuthority, childRef, NOW.minusDays(20), significant());
    }

    private HttpJson coordinator() {
        return as(DemoClients.PANEL_COORDINATOR);
    }
}
