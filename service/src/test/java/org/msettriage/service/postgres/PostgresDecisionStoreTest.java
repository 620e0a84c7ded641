package org.msettriage.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.PostgresServiceTest;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;
import org.msettriage.service.decision.DecisionFigures;
import org.msettriage.service.decision.DecisionQueryMapper;
import org.msettriage.service.decision.DecisionSummaries;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.store.StoreWritableAtStart;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The decision store on PostgreSQL: a decision reads back byte for byte as it was answered, and every
 * query whose filters may be absent runs with them absent and given (a null parameter has no type of its
 * own on PostgreSQL, so each is cast; H2 never minded).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=postgres-decision-store")
class PostgresDecisionStoreTest extends PostgresServiceTest {

    @Autowired
    Decisions decisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    DecisionSummaries summaries;

    @Autowired
    DecisionFigures figures;

    @Autowired
    AccessLog accessLog;

    @Autowired
    RulesetStore rulesets;

    @Autowired
    PersonalContent personal;

    @Autowired
    ReferralRefHash referralRefs;

    @Test
    void aDecisionReadsBackExactlyAsAnswered() {
        HttpJson.Answer created = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);

        HttpJson.Answer stored = http().get(created.header("Location"));

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.response().body()).isEqualTo(created.response().body());
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyGetOneDecision() throws Exception {
        // Found by an operator: a batch whose every call was a retry of a call committed meanwhile queued no
        // decision for sealing, and PostgreSQL refused the empty IN () that H2 took, so the retry got a 503
        // and opened a store fault. Several rounds, since which calls share a batch is up to timing.
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String referral = TriageRoundTripTestReferral.unlinked();
                Map<String, String> key = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());
                List<Callable<HttpJson.Answer>> retries = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    retries.add(() -> http().post("/api/v1/triage", referral, key));
                }
                List<HttpJson.Answer> answers = new ArrayList<>();
                for (Future<HttpJson.Answer> answer : callers.invokeAll(retries)) {
                    answers.add(answer.get());
                }

                assertThat(answers)
                        .as(
                                "round %d: %s",
                                round,
                                answers.stream().map(a -> a.response().body()).toList())
                        .extracting(HttpJson.Answer::status)
                        .containsOnly(200, 201);
                assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            }
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void aDatabaseUserThatMayOnlyReadIsRefusedAtStartNamingTheSetting() throws Exception {
        // Found by an operator: an instance given a read-only user started, then answered 503 for good.
        String user = "reader_" + ProcessHandle.current().pid();
        jdbc.sql("CREATE ROLE " + user + " LOGIN PASSWORD 'reader'").update();
        jdbc.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + user).update();
        DriverManagerDataSource reader =
                new DriverManagerDataSource(environment.getRequiredProperty("mset.database.url"), user, "reader");

        assertThatThrownBy(() -> StoreWritableAtStart.check(JdbcClient.create(reader)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith(
                        "The database user mset.database.user may read the service's tables but" + " not write them");
        StoreWritableAtStart.check(jdbc);

        // Found by a checking helper: a user with every grant but read-only transactions was told to grant.
        String readOnly = "read_only_" + ProcessHandle.current().pid();
        jdbc.sql("CREATE ROLE " + readOnly + " LOGIN PASSWORD 'reader'").update();
        jdbc.sql("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + readOnly)
                .update();
        jdbc.sql("ALTER ROLE " + readOnly + " SET default_transaction_read_only = on")
                .update();
        DriverManagerDataSource standbyLike =
                new DriverManagerDataSource(environment.getRequiredProperty("mset.database.url"), readOnly, "reader");
        assertThatThrownBy(() -> StoreWritableAtStart.check(JdbcClient.create(standbyLike)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("The database takes no writes")
                .hasMessageContaining("SQL state 25006");
    }

    @Test
    void queriesRunWithTheirOptionalFiltersAbsentAndGiven() {
        HttpJson.Answer created = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
        UUID id = UUID.fromString(created.json().get("decisionId").asString());
        assertThat(as(DemoClients.AUDITOR)
                        .send("GET", "/api/v1/decisions/" + id, Map.of("Mset-Access-Reason", "a review"))
                        .status())
                .isEqualTo(200);
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        OffsetDateTime before = from.plusHours(2);

        assertThat(decisions.decidedBetween(null, null)).contains(id);
        assertThat(decisions.decidedBetween(from, before)).contains(id);
        assertThat(summaries
                        .search(DecisionQueryMapper.toQuery(null, null, null, null, null, null, null, null, null, null))
                        .items())
                .anyMatch(summary -> summary.decisionId().equals(id));
        assertThat(summaries
                        .search(DecisionQueryMapper.toQuery(
                                        from,
                                        before,
                                        "SIGNIFICANT",
                                        "IMMEDIATE_SAFEGUARDING",
                                        "2026.12.2",
                                        "GATESHEAD",
                                        personal.childRefHash(
                                                created.json().get("childRef").asString()),
                                        "riskLevel,asc",
                                        0,
                                        10)
                                .withReferralRefHash(referralRefs.of(
                                        created.json().get("referralId").asString())))
                        .total())
                .isPositive();
        assertThat(figures.outcomes(null, null)).isNotEmpty();
        assertThat(figures.outcomes(from, before)).isNotEmpty();
        assertThat(accessLog.page(null, null, null, 0, 10).total()).isPositive();
        assertThat(accessLog.page(id, from, before, 0, 10).items())
                .singleElement()
                .satisfies(read -> assertThat(read.reason()).isEqualTo("a review"));
        // Narrowed to the child and the reader, on PostgreSQL as on H2; a reader who never read it finds nothing.
        String childRefHash =
                personal.childRefHash(created.json().get("childRef").asString());
        assertThat(accessLog
                        .page(new AccessLog.Filter(id, childRefHash, "API_KEY:Demo-Auditor", from, before), 0, 10)
                        .total())
                .isEqualTo(1);
        assertThat(accessLog
                        .page(new AccessLog.Filter(null, childRefHash, "someone-else", null, null), 0, 10)
                        .total())
                .isZero();
        assertThat(rulesets.activations(null)).isNotEmpty();
        assertThat(rulesets.activations("2026.12.2")).isNotEmpty();
    }
}
