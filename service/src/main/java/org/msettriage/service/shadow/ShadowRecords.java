package org.msettriage.service.shadow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.service.shadow.ShadowRuns.Difference;
import org.msettriage.service.shadow.ShadowRuns.Run;
import org.msettriage.service.shadow.ShadowRuns.Shown;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The shadow runs as the database records them, whichever instance ran them. */
final class ShadowRecords {

    private static final String RUN_COLUMNS =
            "s.version, r.sha256, s.running, s.compared, s.differing, s.stopped_because";

    private static final RowMapper<Run> RUN = (row, n) -> new Run(
            row.getString("version"),
            row.getString("sha256"),
            row.getBoolean("running"),
            row.getLong("compared"),
            row.getLong("differing"),
            row.getString("stopped_because"));

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    ShadowRecords(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Every ruleset that has run in shadow, the one running first, then by version. */
    List<Run> runs() {
        return jdbc.sql("SELECT " + RUN_COLUMNS
                        + " FROM shadow_run s JOIN ruleset r ON r.version = s.version"
                        + " ORDER BY s.running DESC, s.version")
                .query(RUN)
                .list();
    }

    /**
     * A ruleset's run with one page of its differences, newest first, in one statement. A comparison commits
     * its count and its row together; read in two statements while one commits, the counts could say one
     * number of differences and the rows show another (both databases read one statement from one snapshot).
     */
    Optional<Shown> shown(String version, int page, int size) {
        List<RunRow> rows = jdbc.sql("SELECT " + RUN_COLUMNS + """
                        , d.decision_id, d.recorded_at, d.active_version, d.active_sha256, d.change_json
                        FROM shadow_run s JOIN ruleset r ON r.version = s.version
                        LEFT JOIN (
                            SELECT difference_id, decision_id, recorded_at, active_version, active_sha256, change_json
                            FROM shadow_difference WHERE shadow_version = :version
                            ORDER BY difference_id DESC LIMIT :size OFFSET :offset
                        ) d ON TRUE
                        WHERE s.version = :version ORDER BY d.difference_id DESC
                        """)
                .param("version", version)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new RunRow(RUN.mapRow(row, n), difference(row)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Difference> differences =
                rows.stream().map(RunRow::difference).filter(Objects::nonNull).toList();
        return Optional.of(new Shown(rows.get(0).run(), differences));
    }

    /** One row of {@link #shown}: the run, repeated, and a difference (null when the page has none). */
    private record RunRow(Run run, Difference difference) {}

    private Difference difference(ResultSet row) throws SQLException {
        UUID decisionId = row.getObject("decision_id", UUID.class);
        if (decisionId == null) {
            return null;
        }
        return new Difference(
                decisionId,
                row.getObject("recorded_at", OffsetDateTime.class),
                row.getString("active_version"),
                row.getString("active_sha256"),
                mapper.readValue(row.getString("change_json"), ImpactReport.Change.class));
    }
}
