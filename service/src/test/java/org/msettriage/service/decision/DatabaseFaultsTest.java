package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What callers see when the database fails: 503 with Retry-After and a problem document, never a 500
 * and never a 201 without the record; health DOWN during the fault and UP again by itself after it; a
 * batch that fails in the database stores none of its decisions.
 */
@Import(DatabaseFaultsTest.SwitchableDatabase.class)
class DatabaseFaultsTest extends ServiceTest {

    static final AtomicBoolean UNREACHABLE = new AtomicBoolean();
    /** Connections asked for while unreachable: a real pool would have made each caller wait for one. */
    /** Connections refused to the server's request threads while the database is unreachable. */
    static final AtomicInteger REFUSED_TO_REQUESTS = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionBatch batches;

    @AfterEach
    void reachable() {
        UNREACHABLE.set(false);
    }

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfterAndRecoversByItself() throws InterruptedException {
        assertThat(triage().status()).isEqualTo(201);
        long stored = decisions();

        UNREACHABLE.set(true);
        int refusedBeforeCalls = REFUSED_TO_REQUESTS.get();
        for (int i = 0; i < 3; i++) {
            HttpJson.Answer refused = triage();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.json().get("type").asString())
                    .isEqualTo("https://mset-triage.example/problems/store-unavailable");
            assertThat(refused.json().path("detail").asString()).contains("nothing was stored");
            assertThat(refused.json().path("instance").asString()).isEqualTo("/api/v1/triage");
        }
        // The calls asked for connections on the request threads: the probes' count below can see one.
        assertThat(REFUSED_TO_REQUESTS.get()).isGreaterThan(refusedBeforeCalls);
        HttpJson.Answer verify = as(DemoClients.AUDITOR).get("/api/v1/audit/verify");
        assertThat(verify.status()).isEqualTo(503);
        assertThat(verify.json().path("instance").asString()).isEqualTo("/api/v1/audit/verify");
        // A read stores nothing anyway: its problem says the store could not be read.
        assertThat(verify.json().path("detail").asString())
                .contains("could not be read")
                .doesNotContain("stored");
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(503);
        // A load balancer stops sending calls (readiness), but nothing restarts the process (liveness).
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        // An operator is told which part is down; anyone else only that the service is.
        HttpJson.Answer toOperator = as(DemoClients.OPERATOR).get("/actuator/health");
        assertThat(toOperator
                        .json()
                        .path("components")
                        .path("decisionStore")
                        .path("status")
                        .asString())
                .isEqualTo("DOWN");
        // One check of the database, the store's own: Spring's "db" beside it waited as long again on the
        // pool and logged its frames at every probe (found by an operator during an outage).
        assertThat(toOperator.json().path("components").has("db")).isFalse();
        assertThat(anonymous().get("/actuator/health").json().has("components")).isFalse();

        // During the fault a probe is answered from the fault's state, without asking the pool for a
        // connection (which, on a real outage, waits the pool's timeout, longer than a probe waits). The
        // background write may ask meanwhile, at most once a second.
        // Counted on the threads that answer requests only: the background work's own tries (sealing, the
        // followers, housekeeping) grow with how slow the machine is, and are not the probe's.
        int before = REFUSED_TO_REQUESTS.get();
        for (int i = 0; i < 20; i++) {
            assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(503);
        }
        assertThat(REFUSED_TO_REQUESTS.get() - before).isZero();

        UNREACHABLE.set(false);
        // The store writes in the background to learn that the database works again: no triage call is
        // needed for that, and health follows within a second or so.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (anonymous().get("/actuator/health").status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(triage().status()).isEqualTo(201);
        assertThat(decisions()).isEqualTo(stored + 1);
    }

    @Test
    void anEmbeddedDatabaseThatClosedIsOpenedAgain() {
        assertThat(triage().status()).isEqualTo(201);
        jdbc.sql("SHUTDOWN").update();

        // The pooled connections died with the database: at most the call that meets them fails.
        int refused = 0;
        HttpJson.Answer answer = triage();
        while (answer.status() == 503 && refused < 3) {
            refused++;
            answer = triage();
        }
        assertThat(answer.status()).isEqualTo(201);
        assertThat(refused).isLessThanOrEqualTo(1);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aBatchTheDatabaseRefusesStoresNoneOfItsDecisions() {
        long stored = decisions();
        long counted = jdbc.sql("SELECT COALESCE(SUM(decisions), 0) FROM rule_firing_count")
                .query(Long.class)
                .single();
        List<NewDecision> batch =
                List.of(decision("case-system-a"), decision("x".repeat(300)), decision("case-system-b"));

        assertThatThrownBy(
                        () -> batches.write(batch.stream().map(batches::prepare).toList()))
                .isInstanceOf(RuntimeException.class);

        assertThat(decisions()).isEqualTo(stored);
        for (NewDecision decision : batch) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_unsealed WHERE decision_id = :id")
                            .param("id", decision.decisionId())
                            .query(Long.class)
                            .single())
                    .isZero();
        }
        assertThat(jdbc.sql("SELECT COALESCE(SUM(decisions), 0) FROM rule_firing_count")
                        .query(Long.class)
                        .single())
                .isEqualTo(counted);
    }

    private HttpJson.Answer triage() {
        return http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
    }

    private long decisions() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    private static NewDecision decision(String callerName) {
        return TestDecisions.askedBy(callerName);
    }

    /** The service's data source, made unreachable while {@link #UNREACHABLE} is set. */
    @TestConfiguration
    static class SwitchableDatabase {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && name.equals("dataSource")
                            ? new Switchable(source)
                            : bean;
                }
            };
        }
    }

    static final class Switchable extends DelegatingDataSource {
        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (UNREACHABLE.get()) {
                if (Thread.currentThread().getName().startsWith("http-")) {
                    REFUSED_TO_REQUESTS.incrementAndGet();
                }
                throw new SQLTransientConnectionException("the database cannot be reached (test)", "08001");
            }
            return super.getConnection();
        }
    }
}
