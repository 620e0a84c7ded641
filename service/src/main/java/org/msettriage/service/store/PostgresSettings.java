package org.msettriage.service.store;

import java.util.Optional;

/**
 * The postgres profile's database URL, checked before anything is made ({@link DatabaseChoiceCheck}):
 * without it the connection pool fails with "'url' must start with jdbc", naming no setting. (A user may be
 * given in the URL itself, so only the URL is required here.)
 */
final class PostgresSettings {

    private PostgresSettings() {}

    /**
     * Why the postgres profile cannot start with this URL (the pool's, from mset.database.url through
     * application-postgres.yml, or spring.datasource.url given directly, as the bench scripts and some
     * operators do), or empty.
     */
    static Optional<String> refusal(String url) {
        return problem(url)
                .map(problem -> "The postgres profile needs " + problem
                        + " (as an argument, or as MSET_DATABASE_URL), with mset.database.user and"
                        + " mset.database.password.");
    }

    static Optional<String> problem(String url) {
        if (url == null || url.isBlank() || !url.strip().startsWith("jdbc:")) {
            return Optional.of("mset.database.url, the database's JDBC URL: jdbc:postgresql://host:5432/name");
        }
        return Optional.empty();
    }
}
