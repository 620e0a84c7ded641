package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kept ruleset's files against the SHA-256 it was kept with and the SHA-256 its sealed decisions
 * carry. The chain does not seal the files themselves, but each decision's seal covers the SHA-256 of
 * the ruleset that made it: files changed in the database, even with their recorded hashes changed to
 * match, no longer give what those decisions carry.
 */
final class KeptRulesetsCheck {

    /** One kept ruleset that is not as it was kept, in words. */
    record Altered(String version, String detail) {}

    private final JdbcClient jdbc;
    /** The ruleset SHA-256s the intact sealed decisions carry, by version. */
    private final Map<String, Set<String>> carried = new HashMap<>();

    KeptRulesetsCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes what a decision that matches its seal says about the ruleset that made it. */
    void carriedBy(SealedDecision decision) {
        if (decision.rulesetVersion() != null && decision.rulesetSha256() != null) {
            carried.computeIfAbsent(decision.rulesetVersion(), v -> new TreeSet<>())
                    .add(decision.rulesetSha256());
        }
    }

    /** Each kept ruleset whose files are not as it was kept, oldest first. */
    List<Altered> altered() {
        Map<String, List<KeptRulesetFiles.Stored>> files = new HashMap<>();
        jdbc.sql("SELECT version, name, sha256, content FROM ruleset_file").query(row -> {
            files.computeIfAbsent(row.getString("version"), v -> new ArrayList<>())
                    .add(new KeptRulesetFiles.Stored(
                            row.getString("name"), row.getString("sha256"), row.getString("content")));
        });
        List<Altered> altered = new ArrayList<>();
        jdbc.sql("SELECT version, sha256 FROM ruleset ORDER BY registered_at, version")
                .query(row -> {
                    String version = row.getString("version");
                    List<KeptRulesetFiles.Stored> stored = files.getOrDefault(version, List.of());
                    KeptRulesetFiles readBack = KeptRulesetFiles.of(stored);
                    String read = readBack.sha256().orElse("none");
                    Set<String> decided = carried.getOrDefault(version, Set.of());
                    List<String> changed = readBack.changed();
                    if (!read.equals(row.getString("sha256"))) {
                        altered.add(new Altered(version, inWords(version, changed, "the SHA-256 it was kept with")));
                    } else if (!decided.isEmpty() && !decided.equals(Set.of(read))) {
                        altered.add(new Altered(
                                version, inWords(version, changed, "the SHA-256 its sealed decisions were made with")));
                    }
                });
        return altered;
    }

    private static String inWords(String version, List<String> changed, String against) {
        return "the files of ruleset " + version + " no longer give " + against + ": they were changed since it"
                + " was kept"
                + (changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")");
    }
}
