package org.msettriage.rules.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The packaged ruleset's tables, by file name, to change one cell of in a test. */
final class PackagedTables {

    private PackagedTables() {}

    static Map<String, String> read() throws IOException {
        Map<String, String> tables = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/mset-ruleset"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                tables.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return tables;
    }
}
