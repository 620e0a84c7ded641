package org.msettriage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service run as a separate JVM on a free port and its own data folder, for tests that must see the
 * process as an operator does: killed, restarted, or started from the packaged jar.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final HttpJson http;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.http = new HttpJson("http://localhost:" + port).as(DemoClients.CASE_SYSTEM);
        this.log = log;
    }

    /**
     * A test's service process lives a minute or two: too short for the optimising compiler to pay back
     * the core it takes while the service starts, on a 2-core machine running other tests beside it.
     * (The test JVMs run so too; see the parent pom.) {@code PackagedJarIT} leaves it out: it starts the
     * jar exactly as an operator does.
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    /**
     * Where the processes started from the test classpath keep the packaged ruleset's compiled form, shared
     * between them: the first compiles it (about 10 s on two cores), every later one loads it, as a restart
     * of the service does. Under the build folder, so a clean build compiles it afresh.
     */
    static final Path SHARED_COMPILED_RULESETS = Path.of("target", "service-process-compiled-rulesets");

    /**
     * Starts the service with the given launch arguments (before the port and data folder) and waits for
     * health, keeping compiled rulesets in {@link #SHARED_COMPILED_RULESETS}, with the JIT's quick tier
     * only ({@link #QUICK_JIT}).
     */
    public static ServiceProcess start(List<String> launch, Path dataDir, int port)
            throws IOException, InterruptedException {
        List<String> quick = new ArrayList<>();
        quick.add(QUICK_JIT);
        quick.addAll(launch);
        return start(quick, dataDir, port, SHARED_COMPILED_RULESETS.toAbsolutePath());
    }

    /**
     * Starts the service with the launch arguments as given (no {@link #QUICK_JIT}), keeping compiled rulesets
     * where given; null keeps them in the data folder, as the service's defaults do, so its first start
     * compiles.
     */
    public static ServiceProcess start(List<String> launch, Path dataDir, int port, Path compiledRulesets)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.add("--server.port=" + port);
        command.add("--mset.data-dir=" + dataDir);
        if (compiledRulesets != null) {
            command.add("--mset.rules.compiled=" + Files.createDirectories(compiledRulesets));
        }
        Path log = dataDir.resolve("service-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        service.awaitHealthy();
        return service;
    }

    /** The service as the demo case system (health needs no credential, so waiting for it is unaffected). */
    public HttpJson http() {
        return http;
    }

    /** The process id, as the service names itself in the database (its lease holder name). */
    public long pid() {
        return process.pid();
    }

    /** Everything the process has written to standard output and error so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL on Linux: no shutdown hooks run and nothing is closed. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the service process is running").isTrue();
            try {
                if (http.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the port opens once the context has started
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the service did not become healthy within 90 s");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
