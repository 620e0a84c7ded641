package org.msettriage.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.ServiceProcess;
import org.msettriage.service.SideWorker;
import org.msettriage.service.TestPostgres;
import org.msettriage.service.ruleset.CandidateActivation;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Two service processes on one PostgreSQL database, as an operator runs them behind a load balancer:
 * decisions made on both at once are each stored and sealed once, in one chain that verifies on either;
 * a ruleset activated on one is served by the other within 5 s; and when the instance that seals is
 * killed, the other takes sealing over once its lease runs out.
 */
@SideWorker
class TwoInstancesTest {

    private static final int THREADS_PER_INSTANCE = 4;
    private static final int DECISIONS_PER_THREAD = 40;
    private static final Duration LEASE = Duration.ofSeconds(3);

    @TempDir
    Path folder;

    private final List<ServiceProcess> running = new ArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private TestPostgres.Database database;

    @AfterEach
    void stop() throws InterruptedException {
        for (ServiceProcess service : running) {
            service.close();
        }
    }

    @Test
    void twoInstancesShareOneChainFollowActivationsAndTakeOverSealing() throws Exception {
        database = TestPostgres.newDatabase();
        // One after the other: the first creates the tables and keeps the packaged ruleset.
        ServiceProcess a = start("a");
        ServiceProcess b = start("b");

        triageOnBothAtOnce(a, b);
        assertVerifiesOnBoth(a, b);

        Duration served = activateOnOneAndAwaitTheOther(a, b, "two-instances-1");
        System.out.println("two-instances: activation on A served by B after " + served.toMillis() + " ms");
        assertThat(served).isLessThan(Duration.ofSeconds(5));

        Duration takenOver = killTheSealerAndAwaitSealingOnTheOther(a, b);
        System.out.println("two-instances: sealing taken over after " + takenOver.toMillis() + " ms");
        // The lease's length, a renewal and a sealing round, with room for a loaded machine.
        assertThat(takenOver).isLessThan(LEASE.plus(Duration.ofSeconds(10)));
    }

    private void triageOnBothAtOnce(ServiceProcess a, ServiceProcess b) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ServiceProcess instance : List.of(a, b)) {
                for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                    done.add(callers.submit(() -> {
                        for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                            decide(instance);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(acknowledged).hasSize(2 * THREADS_PER_INSTANCE * DECISIONS_PER_THREAD);
    }

    private String decide(ServiceProcess instance) {
        HttpJson.Answer created = instance.http().post("/api/v1/triage", Referrals.UP_TO_MODERATE);
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        String id = created.json().path("decisionId").asString();
        assertThat(acknowledged.add(id)).as("decision ids are unique").isTrue();
        return created.json().path("ruleset").path("version").asString();
    }

    /**
     * Every acknowledged decision sealed exactly once, and every switch of the rules (the first start's
     * and each activation), and the chain intact, as each instance sees it.
     */
    private void assertVerifiesOnBoth(ServiceProcess... instances) throws InterruptedException {
        for (ServiceProcess instance : instances) {
            JsonNode verification = awaitAllSealed(instance, Duration.ofSeconds(30));
            assertThat(verification.path("intact").asBoolean())
                    .as(verification.toString())
                    .isTrue();
            assertThat(verification.path("sealedRecords").asLong()).isEqualTo(sealable());
        }
        assertThat(jdbc().sql("SELECT COUNT(*) FROM decision").query(Long.class).single())
                .isEqualTo(acknowledged.size());
        assertThat(jdbc().sql("SELECT COUNT(DISTINCT decision_id) FROM decision_seal WHERE record_kind = 'DECISION'")
                        .query(Long.class)
                        .single())
                .isEqualTo(acknowledged.size());
        assertThat(jdbc().sql("SELECT COUNT(DISTINCT decision_id) FROM decision_seal")
                        .query(Long.class)
                        .single())
                .isEqualTo(sealable());
    }

    /**
     * What the chain must hold: the acknowledged decisions, and the other records the service seals
     * (switches of the rules, retention runs, panel meetings and outcomes, reads of decisions).
     */
    private long sealable() {
        return acknowledged.size()
                + jdbc().sql(
                                "SELECT (SELECT COUNT(*) FROM ruleset_activation) + (SELECT COUNT(*) FROM retention_run)"
                                        + " + (SELECT COUNT(*) FROM panel_meeting) + (SELECT COUNT(*) FROM panel_outcome)"
                                        + " + (SELECT COUNT(*) FROM decision_access) + (SELECT COUNT(*) FROM decision_feedback)")
                        .query(Long.class)
                        .single();
    }

    private JsonNode awaitAllSealed(ServiceProcess instance, Duration within) throws InterruptedException {
        HttpJson auditor = instance.http().as(DemoClients.AUDITOR);
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode verification;
        do {
            HttpJson.Answer answer = auditor.get("/api/v1/audit/verify");
            assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
            verification = answer.json();
            if (verification.path("awaitingSeal").asLong() == 0
                    && verification.path("sealedRecords").asLong() == sealable()) {
                return verification;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return verification;
    }

    private Duration activateOnOneAndAwaitTheOther(ServiceProcess on, ServiceProcess other, String version)
            throws InterruptedException {
        HttpJson lead = on.http().as(DemoClients.POLICY_LEAD);
        CandidateActivation.activateRaisedWeight(lead, on.http().as(DemoClients.SECOND_POLICY_LEAD), version);
        long activatedAt = System.nanoTime();
        assertThat(servedVersion(on)).isEqualTo(version);

        HttpJson otherLead = other.http().as(DemoClients.POLICY_LEAD);
        while (!servedVersion(other).equals(version)) {
            assertThat(Duration.ofNanos(System.nanoTime() - activatedAt))
                    .as("B serves the activated ruleset")
                    .isLessThan(Duration.ofSeconds(30));
            Thread.sleep(50);
        }
        Duration served = Duration.ofNanos(System.nanoTime() - activatedAt);
        assertThat(decide(other)).as("a triage answer on B names it").isEqualTo(version);
        assertThat(otherLead
                        .get("/api/v1/rulesets/" + version)
                        .json()
                        .path("active")
                        .asBoolean())
                .isTrue();
        return served;
    }

    private static String servedVersion(ServiceProcess instance) {
        return instance.http()
                .as(DemoClients.OPERATOR)
                .get("/actuator/info")
                .json()
                .path("ruleset")
                .path("version")
                .asString();
    }

    private Duration killTheSealerAndAwaitSealingOnTheOther(ServiceProcess a, ServiceProcess b)
            throws InterruptedException {
        String holder = sealingHolder();
        ServiceProcess sealer = holder.contains("/" + a.pid() + "/") ? a : b;
        ServiceProcess survivor = sealer == a ? b : a;
        assertThat(holder).contains("/" + sealer.pid() + "/");
        // Decisions the sealer answered but may not have sealed yet: they wait in the shared queue.
        for (int i = 0; i < 20; i++) {
            decide(sealer);
        }
        sealer.close(); // SIGKILL: the lease is not handed over, it has to run out
        long killedAt = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            decide(survivor);
        }

        JsonNode verification = awaitAllSealed(survivor, Duration.ofSeconds(60));
        Duration takenOver = Duration.ofNanos(System.nanoTime() - killedAt);
        assertThat(verification.path("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.path("awaitingSeal").asLong()).isZero();
        assertThat(verification.path("sealedRecords").asLong()).isEqualTo(sealable());
        assertThat(sealingHolder()).contains("/" + survivor.pid() + "/");
        return takenOver;
    }

    private String sealingHolder() {
        return jdbc().sql("SELECT holder FROM job_lease WHERE name = 'decision-sealer'")
                .query(String.class)
                .single();
    }

    private ServiceProcess start(String name) throws Exception {
        Path dataDir = Files.createDirectories(folder.resolve(name));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ServiceProcess service = ServiceProcess.start(
                List.of(
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        MsetTriageApplication.class.getName(),
                        "--spring.profiles.active=postgres",
                        "--spring.application.name=two-instances-" + name,
                        "--mset.database.url=" + database.url(),
                        "--mset.database.user=" + database.user(),
                        "--mset.database.password=" + database.password(),
                        "--mset.leases.duration=" + LEASE.toMillis() + "ms",
                        "--mset.leases.renew-every=500ms"),
                dataDir,
                ServiceProcess.freePort());
        running.add(service);
        return service;
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }
}
