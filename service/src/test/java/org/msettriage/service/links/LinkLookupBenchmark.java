package org.msettriage.service.links;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.links.Identifier;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.Child;
import org.msettriage.rules.referral.LocalAuthority;
import org.msettriage.rules.referral.LocationOfConcern;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.Perpetrator;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.audit.ChildRefHash;
import org.msettriage.service.audit.IdentifierHash;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.HashesKeptAsBytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * Policy v1.1 section 10, "linking must not slow triage": one referral naming 10 identifiers (4 people, 4
 * vehicles, 2 places) looked up among {@code rows} stored identifier rows, as triage looks it up before
 * deciding. The store is the service's own (H2 file, the Flyway history, the service's connection settings),
 * seeded directly: 10 identifier rows per decision, the referral's identifiers each named in 5 other
 * children's decisions (or as many as withOtherChildrenPerName says). Rows 0 is the reference measured
 * in the same run (the lookup's own cost, with the same queries and hashing and nothing to find). Run
 * with scripts/bench-links.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinkLookupBenchmark {

    private static final int IDENTIFIERS_PER_DECISION = 10;

    @Param({"0", "1000000"})
    public int rows;

    /**
     * The referral's own child's earlier decisions within the window, each with stored content of a usual
     * size: its history (0 unless asked for with -p withEarlierDecisions=N; named to sort after rows, so
     * the script's CSV columns stay where they are).
     */
    @Param({"0"})
    public int withEarlierDecisions;

    /**
     * How many other children's decisions name each of the referral's identifiers (5 unless asked for with
     * -p withOtherChildrenPerName=N): the rows a lookup counts, which grow with how often a name is given
     * within the link window (named to sort after the others, as above).
     */
    @Param({"5"})
    public int withOtherChildrenPerName;

    private static final int SEALED_REQUEST_BYTES = 1_200;
    private static final int SEALED_ANSWER_BYTES = 1_600;

    private Path folder;
    private HikariDataSource dataSource;
    private ReferralLinks links;
    // The same referral assessed a microsecond apart, taken in turn: H2 gives a query the same parameters
    // as its last run the result it kept, until a table changes, which a running service's writes always do.
    private Referral[] inTurn;
    private int next;
    private Policy policy;

    @Setup(Level.Trial)
    public void seed() throws IOException, SQLException {
        folder = Files.createTempDirectory("mset-bench-links");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(
                "jdbc:h2:file:" + folder.resolve("mset-triage")
                        + ";WRITE_DELAY=0;RETENTION_TIME=1000;QUERY_CACHE_SIZE=64;OPTIMIZE_REUSE_RESULTS=FALSE;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        // The history of the real store: its SQL, and of its Java migrations the one that changes the schema
        // (the others convert data, which an empty store has none of).
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(new HashesKeptAsBytes())
                .load()
                .migrate();
        AuditKeys keys = new AuditKeys(
                new AuditSettings(
                        "X9s6RPpTLN8ew0PIVCEC7YelPL3rqYDog+VvAj1bW9Q=",
                        "TdDQRzGaXtvGto7BwcZ6Cr3Uq2Pqf+kd3jvnKPk+1Dw=",
                        "EuKltEXfE71wWQqWtw80//fkZwbtL5m3aks1KcVPf44=",
                        "3Wq0m8c9yq3p0XhJ1vQkS0b1s5dY2mA6tq1n4bq7ZrM=",
                        java.time.Duration.ofDays(2192),
                        java.time.Duration.ofHours(1),
                        java.time.Duration.ofMillis(250),
                        null),
                new MockEnvironment());
        IdentifierHash identifierHash = new IdentifierHash(keys);
        ChildRefHash childRefHash = new ChildRefHash(keys);
        links = new ReferralLinks(new JdbcTemplate(dataSource), identifierHash, childRefHash);
        policy = TriageEngine.packaged().policy();
        OffsetDateTime assessedAt = OffsetDateTime.now(ZoneOffset.UTC);
        inTurn = new Referral[1024];
        for (int i = 0; i < inTurn.length; i++) {
            inTurn[i] = referralNamingTen(assessedAt.minusNanos(1_000L * i));
        }
        Referral referral = inTurn[0];
        storeHistory(childRefHash.of(referral.childRef()));
        List<String> probe = Identifiers.of(referral, policy.linking().orElseThrow()).stream()
                .map(Identifier::key)
                .map(identifierHash::of)
                .toList();
        if (probe.size() != IDENTIFIERS_PER_DECISION) {
            throw new IllegalStateException("the probe referral names " + probe.size() + " identifiers, not 10");
        }
        store(probe);
        // The run measures what it says: every row is there, and the referral does find other children.
        Long stored =
                new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM decision_identifier", Long.class);
        if (stored == null || stored != rows) {
            throw new IllegalStateException("seeded " + stored + " identifier rows, not " + rows);
        }
        Intelligence found = links.lookUp(referral, policy).intelligence();
        int earlier = found.history().earlierDecisions();
        if (earlier != withEarlierDecisions) {
            throw new IllegalStateException(
                    withEarlierDecisions + " earlier decisions seeded, yet " + earlier + " found");
        }
        int linked = found.links().size();
        if ((rows > 0) != (linked > 0)) {
            throw new IllegalStateException(rows + " rows seeded, yet " + linked + " of the 10 identifiers link");
        }
    }

    /** rows / 10 decisions of other children, 10 identifier rows each; some name the probe's identifiers. */
    private void store(List<String> probe) throws SQLException {
        Random random = new Random(42);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int decisions = rows / IDENTIFIERS_PER_DECISION;
        int probeRows = rows == 0 ? 0 : probe.size() * withOtherChildrenPerName;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement decision = connection.prepareStatement("""
                        INSERT INTO decision (decision_id, assessed_at, decided_at, ruleset_version, ruleset_sha256,
                                              risk_level, child_ref_hash, fired_rules_json, local_authority)
                        VALUES (?, ?, ?, '2026.12.2', ?, 'MODERATE', ?, '{}', ?)
                        """);
                PreparedStatement identifier = connection.prepareStatement(
                        "INSERT INTO decision_identifier (identifier_hash, assessed_at, decision_id, child_ref_hash,"
                                + " local_authority) VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            LocalAuthority[] authorities = LocalAuthority.values();
            for (int d = 0; d < decisions; d++) {
                UUID id = UUID.randomUUID();
                // Spread over almost two years, so the window leaves about half out; the decisions naming
                // the referral's identifiers are recent (an hour apart), so each of them links, however many.
                OffsetDateTime assessedAt = d * IDENTIFIERS_PER_DECISION < probeRows
                        ? now.minusHours(1 + d)
                        : now.minusMinutes(random.nextInt(60 * 24 * 700));
                decision.setObject(1, id);
                decision.setObject(2, assessedAt);
                decision.setObject(3, assessedAt);
                decision.setBytes(4, HashBytes.of("0".repeat(64)));
                String child = hex(random);
                String authority = authorities[random.nextInt(authorities.length)].name();
                decision.setBytes(5, HashBytes.of(child));
                decision.setString(6, authority);
                decision.addBatch();
                for (int i = 0; i < IDENTIFIERS_PER_DECISION; i++) {
                    int row = d * IDENTIFIERS_PER_DECISION + i;
                    identifier.setBytes(1, HashBytes.of(row < probeRows ? probe.get(row % probe.size()) : hex(random)));
                    identifier.setObject(2, assessedAt);
                    identifier.setObject(3, id);
                    identifier.setBytes(4, HashBytes.of(child));
                    identifier.setString(5, authority);
                    identifier.addBatch();
                }
                if (d % 1000 == 999) {
                    decision.executeBatch();
                    identifier.executeBatch();
                    connection.commit();
                }
            }
            decision.executeBatch();
            identifier.executeBatch();
            connection.commit();
        }
    }

    /** The probe child's earlier decisions, an hour apart, with sealed content of a usual size. */
    private void storeHistory(String child) throws SQLException {
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement decision = connection.prepareStatement("""
                        INSERT INTO decision (decision_id, assessed_at, decided_at, ruleset_version, ruleset_sha256,
                                              risk_level, child_ref_hash, fired_rules_json, local_authority,
                                              request_sealed, response_sealed)
                        VALUES (?, ?, ?, '2026.12.2', ?, 'SIGNIFICANT', ?, '{}', 'GATESHEAD', ?, ?)
                        """)) {
            for (int i = 1; i <= withEarlierDecisions; i++) {
                OffsetDateTime assessedAt = now.minusHours(i);
                byte[] request = new byte[SEALED_REQUEST_BYTES];
                byte[] answer = new byte[SEALED_ANSWER_BYTES];
                random.nextBytes(request);
                random.nextBytes(answer);
                decision.setObject(1, UUID.randomUUID());
                decision.setObject(2, assessedAt);
                decision.setObject(3, assessedAt);
                decision.setBytes(4, HashBytes.of("0".repeat(64)));
                decision.setBytes(5, HashBytes.of(child));
                decision.setBytes(6, request);
                decision.setBytes(7, answer);
                decision.executeUpdate();
            }
        }
    }

    private static String hex(Random random) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            hex.append(String.format("%016x", random.nextLong()));
        }
        return hex.toString();
    }

    private static Referral referralNamingTen(OffsetDateTime assessedAt) {
        List<Perpetrator> perpetrators = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            perpetrators.add(new Perpetrator("Bench Person " + i, true, "BN" + i + "9 XYZ", null));
        }
        return new Referral(
                "BENCH-1",
                "bench-child",
                LocalAuthority.GATESHEAD,
                null,
                assessedAt,
                new Child(14, null, null, null),
                List.of(),
                List.of(),
                perpetrators,
                List.of(
                        new LocationOfConcern(LocationType.TAKEAWAY, "Bench Takeaway"),
                        new LocationOfConcern(LocationType.PARK, "Bench Park")),
                null,
                null,
                null,
                null);
    }

    @Benchmark
    public ReferralLinks.Lookup lookUp() {
        next = (next + 1) % inTurn.length;
        return links.lookUp(inTurn[next], policy);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        dataSource.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
