package org.msettriage.service.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rulesets export}: a ruleset's files as the zip a candidate starts from. The packaged ruleset's
 * files are read from the jar and zipped as they are, never compiled; any other is asked of a running
 * service, because the rulesets a partnership has activated live in its database. The API key comes
 * from the environment, never the command line, where other users of the machine could read it.
 */
public final class RulesetExport {

    static final String KEY_VARIABLE = "MSET_API_KEY";

    private RulesetExport() {}

    static int export(String version, Map<String, String> options, PrintStream out, PrintStream err) {
        return export(version, options, System.getenv(KEY_VARIABLE), out, err);
    }

    /** Exports as the command line does, with the key given rather than read from the environment. */
    public static int export(
            String version, Map<String, String> options, String key, PrintStream out, PrintStream err) {
        Path target = Path.of(options.get("out"));
        byte[] zip;
        if (version.equals("packaged") && !options.containsKey("service")) {
            // Its files as the jar holds them: exporting them needs no compile (the seconds Drools takes).
            List<RulesetFile> packaged = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);
            version = RulesetIdentity.of(packaged).version();
            zip = spreadsheets(options)
                    ? RulesetFiles.toZipWithSpreadsheets(version, packaged)
                    : RulesetFiles.toZip(version, packaged);
        } else if (!options.containsKey("service")) {
            err.println("error: only the packaged ruleset can be exported without --service <url>");
            return 2;
        } else if (key == null || key.isBlank()) {
            err.println("error: set " + KEY_VARIABLE + " to a policy lead's API key to export from a service");
            return 2;
        } else {
            ServiceClient service = new ServiceClient(options.get("service"), key);
            if (version.equals("active")) {
                version = service.activeVersion();
            }
            zip = service.download(version, spreadsheets(options));
        }
        try {
            // A folder named for the export that is not there yet is made, as a person naming it expects.
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.write(target, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        out.println("Exported ruleset " + version + " to " + target + " (" + zip.length + " bytes)");
        return 0;
    }

    private static boolean spreadsheets(Map<String, String> options) {
        return "xlsx".equals(options.get("tables"));
    }

    /** The few calls export makes to a running service; a refusal is an error naming the status. */
    private static final class ServiceClient {

        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final String key;

        ServiceClient(String base, String key) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            this.key = key;
        }

        String activeVersion() {
            String history = new String(get("/api/v1/rulesets"), StandardCharsets.UTF_8);
            String version = JsonMapper.shared()
                    .readTree(history)
                    .path("active")
                    .path("version")
                    .asString();
            if (version.isEmpty() || !RulesetIdentity.isVersion(version)) {
                throw new UncheckedIOException(new IOException("the service did not name its active ruleset"));
            }
            return version;
        }

        byte[] download(String version, boolean spreadsheets) {
            return get("/api/v1/rulesets/" + URLEncoder.encode(version, StandardCharsets.UTF_8) + "/files"
                    + (spreadsheets ? "?tables=xlsx" : ""));
        }

        private byte[] get(String path) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + key)
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException(
                            "GET " + path + " answered " + response.statusCode() + ": " + problemDetail(response));
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted"));
            }
        }

        private static String problemDetail(HttpResponse<byte[]> response) {
            try {
                return JsonMapper.shared()
                        .readTree(response.body())
                        .path("detail")
                        .asString();
            } catch (RuntimeException e) {
                return "(no problem details)";
            }
        }
    }
}
