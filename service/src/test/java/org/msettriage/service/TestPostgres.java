package org.msettriage.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from Debian's binaries (package
 * {@code postgresql}, installed by {@code scripts/install-test-postgres}): a new cluster in a temporary
 * folder, on a free port of 127.0.0.1 only, fsync on as in service, stopped when the JVM ends. It never
 * uses a cluster the package may have started itself. Each caller gets a database of its own.
 * Without the binaries the tests fail, naming the script: a database test that skips is not a pass.
 */
public final class TestPostgres {

    /** Where a test connects: one database on the test server. */
    public record Database(String url, String user, String password) {}

    private static final String USER = "mset_test";
    private static final String PASSWORD = "mset-test-password";
    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres server;
    private static String migrated;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;

    private TestPostgres(Path bin) throws IOException {
        this.bin = bin;
        this.folder = Files.createTempDirectory("mset-test-postgres");
        this.data = folder.resolve("data");
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
    }

    /** What the test server has written to its log so far (its errors among them). */
    public static synchronized String serverLog() {
        try {
            return Files.readString(server.folder.resolve("postgres.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the test PostgreSQL server's log", e);
        }
    }

    /** A new, empty database on the test server (started first if this is the JVM's first call). */
    public static synchronized Database newDatabase() {
        return create("");
    }

    /**
     * A new database holding the store as the common and postgresql migrations (and migration 39, the Java
     * one that changes the schema) leave it: a copy of one
     * database Flyway migrated on the JVM's first call. Copying takes a fraction of the second or two that
     * migrating a new database does, and the copy is what that migration would have made.
     */
    public static synchronized Database newMigratedDatabase() {
        if (migrated == null) {
            Database template = create("");
            MigratedStores.migrate(
                    new DriverManagerDataSource(template.url(), template.user(), template.password()), "postgresql");
            migrated = template.url().substring(template.url().lastIndexOf('/') + 1);
        }
        // PostgreSQL copies a template only while no one is connected to it; no one is after the migration.
        return create(" TEMPLATE " + migrated);
    }

    private static Database create(String options) {
        if (server == null) {
            server = start();
        }
        String name = "mset_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server.url("postgres"), USER, PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name + options);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database: " + e.getMessage(), e);
        }
        return new Database(server.url(name), USER, PASSWORD);
    }

    /**
     * Points the postgres profile at a new database: for a test's {@code @DynamicPropertySource}, on a
     * class with {@code @ActiveProfiles("postgres")} (a profile set here would come too late to count).
     */
    public static void register(DynamicPropertyRegistry registry) {
        Database database = newDatabase();
        registry.add("mset.database.url", database::url);
        registry.add("mset.database.user", database::user);
        registry.add("mset.database.password", database::password);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start() {
        TestPostgres postgres;
        try {
            postgres = new TestPostgres(binaries());
            postgres.initAndStart();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the test PostgreSQL server", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "test-postgres-stop"));
        return postgres;
    }

    /** The newest installed server's bin folder, or a failure that says how to install one. */
    private static Path binaries() throws IOException {
        if (Files.isDirectory(INSTALLS)) {
            try (Stream<Path> versions = Files.list(INSTALLS)) {
                List<Path> found = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("postgres"))
                                && Files.isExecutable(bin.resolve("initdb")))
                        .sorted(Comparator.comparing(
                                (Path bin) -> bin.getParent().getFileName().toString(),
                                Comparator.comparingInt(TestPostgres::major)))
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(found.size() - 1);
                }
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries under " + INSTALLS
                + " (Debian's postgresql package): run scripts/install-test-postgres, as the test command does");
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void initAndStart() throws IOException, InterruptedException {
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
        Path log = folder.resolve("postgres.log");
        if (asRoot()) {
            // PostgreSQL refuses to run as root, and CI runs as root: the cluster belongs to postgres.
            run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
        }
        // UTF8 and no locale whatever the environment (CI's may have none, which would give SQL_ASCII).
        run(asServerUser(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                USER,
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale")));
        // TCP on loopback only, no Unix socket (its default folder may not be writable); fsync on, as in
        // service, so what the tests see about durability is real.
        try {
            run(asServerUser(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-l",
                    log.toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-h 127.0.0.1 -p " + port + " -k '' -c fsync=on -c max_connections=200",
                    "start")));
        } catch (IllegalStateException e) {
            String said = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
            throw new IllegalStateException(e.getMessage() + "\nServer log:\n" + said, e);
        }
    }

    /**
     * Smart first: the JVM's other shutdown hooks are closing the Spring contexts and their pools at the
     * same moment, and a fast stop would cut their connections mid-close (noise, not failures). A fast
     * stop follows when a client still holds on.
     */
    private void stop() {
        try {
            try {
                run(asServerUser(List.of(
                        bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "smart", "-t", "10", "stop")));
            } catch (IllegalStateException stillConnected) {
                run(asServerUser(
                        List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop")));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("test-postgres: could not stop the server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> command) {
        if (!asRoot()) {
            return command;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        return asPostgres;
    }

    /** Runs a command to its end; its output goes to the folder's log, and a failure quotes its tail. */
    private void run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("mset-test-postgres", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in two minutes");
            }
            if (process.exitValue() != 0) {
                String said = Files.readString(output, StandardCharsets.UTF_8);
                throw new IllegalStateException(
                        String.join(" ", command) + " failed (" + process.exitValue() + "): " + said);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
