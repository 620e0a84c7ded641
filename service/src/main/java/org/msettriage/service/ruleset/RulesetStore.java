package org.msettriage.service.ruleset;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.KeptRulesetFiles;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rulesets the service keeps, whole, and every activation of one: who, when, why. */
@Repository
public class RulesetStore {

    private static final Logger log = LoggerFactory.getLogger(RulesetStore.class);

    /** Where a kept ruleset came from. */
    public enum Source {
        PACKAGED,
        LOCATION,
        UPLOAD,
        CANDIDATES_FOLDER
    }

    /** What an activation was. */
    public enum Kind {
        FIRST_START,
        ACTIVATE,
        ROLLBACK
    }

    public record Kept(
            String version, String sha256, Source source, OffsetDateTime registeredAt, String registeredBy) {}

    public record Activation(
            String version,
            Kind kind,
            OffsetDateTime activatedAt,
            String activatedBy,
            String reason,
            List<String> acceptedScenarioChanges,
            UUID proposalId,
            String proposedBy,
            String reviewNote) {

        /**
         * An activation as it is recorded: who proposed it is the proposal's to say, so it is read back
         * from there and not written twice.
         */
        public Activation(
                String version,
                Kind kind,
                OffsetDateTime activatedAt,
                String activatedBy,
                String reason,
                List<String> acceptedScenarioChanges,
                UUID proposalId) {
            this(version, kind, activatedAt, activatedBy, reason, acceptedScenarioChanges, proposalId, null, null);
        }

        /** An activation no proposal carried: the first start, or a rollback. */
        public Activation(
                String version,
                Kind kind,
                OffsetDateTime activatedAt,
                String activatedBy,
                String reason,
                List<String> acceptedScenarioChanges) {
            this(version, kind, activatedAt, activatedBy, reason, acceptedScenarioChanges, (UUID) null);
        }
    }

    private static final RowMapper<Kept> KEPT = (row, n) -> new Kept(
            row.getString("version"),
            row.getString("sha256"),
            Source.valueOf(row.getString("source")),
            row.getObject("registered_at", OffsetDateTime.class),
            row.getString("registered_by"));

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final DecisionSealer sealer;
    /** The switches already named in the log as not recorded by the service, so each is named once. */
    private final Set<Long> passedOver = ConcurrentHashMap.newKeySet();

    RulesetStore(JdbcClient jdbc, JsonMapper mapper, DecisionSealer sealer) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.sealer = sealer;
    }

    /**
     * Keeps a ruleset under its version, unless it is kept already. A version names one set of files
     * for ever, so the same version with other files is refused: decisions name rulesets by version.
     */
    @Transactional
    public void keep(RulesetIdentity identity, List<RulesetFile> files, Source source, String by, OffsetDateTime at) {
        Optional<Kept> kept = find(identity.version());
        if (kept.isPresent()) {
            if (!kept.get().sha256().equals(identity.sha256())) {
                throw new ConflictException("Version " + identity.version() + " already names a different ruleset"
                        + " (SHA-256 " + kept.get().sha256() + "); give the candidate a new version in"
                        + " ruleset.properties");
            }
            return;
        }
        jdbc.sql("""
                INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)
                VALUES (:version, :sha256, :source, :at, :by)
                """)
                .param("version", identity.version())
                .param("sha256", identity.sha256())
                .param("source", source.name())
                .param("at", at)
                .param("by", by)
                .update();
        for (RulesetFile file : files) {
            jdbc.sql(
                            "INSERT INTO ruleset_file (version, name, sha256, content) VALUES (:version, :name, :sha, :content)")
                    .param("version", identity.version())
                    .param("name", file.name())
                    .param("sha", FileDigest.sha256(file.content()))
                    .param("content", file.content())
                    .update();
        }
    }

    public Optional<Kept> find(String version) {
        return jdbc.sql("SELECT * FROM ruleset WHERE version = :version")
                .param("version", version)
                .query(KEPT)
                .optional();
    }

    /** Newest first. */
    public List<Kept> all() {
        return jdbc.sql("SELECT * FROM ruleset ORDER BY registered_at DESC, version DESC")
                .query(KEPT)
                .list();
    }

    /**
     * A kept ruleset's files, checked against the SHA-256 it was kept with; none when the version is not
     * kept.
     *
     * @throws KeptRulesetAltered when the files were changed in the database since
     */
    public List<RulesetFile> files(String version) {
        KeptRulesetFiles readBack =
                KeptRulesetFiles.of(jdbc.sql("SELECT name, sha256, content FROM ruleset_file WHERE version = :version")
                        .param("version", version)
                        .query((row, n) -> new KeptRulesetFiles.Stored(
                                row.getString("name"), row.getString("sha256"), row.getString("content")))
                        .list());
        Optional<Kept> kept = find(version);
        if (kept.isPresent()) {
            String read = readBack.sha256().orElse("none (the files no longer name a version)");
            if (!kept.get().sha256().equals(read)) {
                throw new KeptRulesetAltered(version, kept.get().sha256(), read, readBack.changed());
            }
        }
        return readBack.files();
    }

    /** One scenario file of a ruleset's set: its name and its JSON. */
    public record ScenarioFile(String name, String json) {}

    /** The set a version was approved with, by name; empty when it has none of its own. */
    public List<ScenarioFile> scenarios(String version) {
        return scenarios(version, false);
    }

    /** The scenarios a candidate carried when it was last validated, by name. */
    public List<ScenarioFile> carriedScenarios(String version) {
        return scenarios(version, true);
    }

    private List<ScenarioFile> scenarios(String version, boolean carried) {
        return jdbc.sql("""
                SELECT name, content FROM ruleset_scenario WHERE version = :version AND carried = :carried
                ORDER BY name
                """)
                .param("version", version)
                .param("carried", carried)
                .query((row, n) -> new ScenarioFile(row.getString("name"), row.getString("content")))
                .list();
    }

    /** Replaces the set a version is approved with, in the caller's transaction (the activation's). */
    public void replaceScenarios(String version, List<ScenarioFile> scenarios) {
        replace(version, false, scenarios);
    }

    /** Replaces what a candidate carries with what it carried at its latest validation. */
    public void replaceCarriedScenarios(String version, List<ScenarioFile> scenarios) {
        replace(version, true, scenarios);
    }

    private void replace(String version, boolean carried, List<ScenarioFile> scenarios) {
        jdbc.sql("DELETE FROM ruleset_scenario WHERE version = :version AND carried = :carried")
                .param("version", version)
                .param("carried", carried)
                .update();
        for (ScenarioFile scenario : scenarios) {
            jdbc.sql("""
                    INSERT INTO ruleset_scenario (version, carried, name, content)
                    VALUES (:version, :carried, :name, :content)
                    """)
                    .param("version", version)
                    .param("carried", carried)
                    .param("name", scenario.name())
                    .param("content", scenario.json())
                    .update();
        }
    }

    public record FileEntry(String name, String sha256, long bytes) {}

    public List<FileEntry> fileEntries(String version) {
        return jdbc.sql("""
                SELECT name, sha256, OCTET_LENGTH(content) AS bytes FROM ruleset_file
                WHERE version = :version ORDER BY name
                """)
                .param("version", version)
                .query((row, n) -> new FileEntry(row.getString("name"), row.getString("sha256"), row.getLong("bytes")))
                .list();
    }

    /**
     * Records a switch and queues it for its seal, together: the newest switch names the ruleset every
     * instance serves, so each one the service makes is sealed like a decision.
     */
    @Transactional
    public void recordActivation(Activation activation) {
        UUID recordId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ruleset_activation (record_id, version, kind, activated_at, activated_by, reason,
                                                accepted_scenario_changes, proposal_id)
                VALUES (:record, :version, :kind, :at, :by, :reason, :accepted, :proposal)
                """)
                .param("record", recordId)
                .param("version", activation.version())
                .param("kind", activation.kind().name())
                .param("at", activation.activatedAt())
                .param("by", activation.activatedBy())
                .param("reason", activation.reason())
                .param("accepted", mapper.writeValueAsString(activation.acceptedScenarioChanges()))
                .param("proposal", activation.proposalId())
                .update();
        sealer.queue(RecordKind.ACTIVATION, recordId);
    }

    /**
     * Records the first start's activation unless another instance sharing the database has recorded one:
     * two instances started at once on a new database both found none and both recorded one (found by an
     * operator). The store's probe row is locked first, so the check and the record are one step across
     * instances; answers whether this one was recorded.
     */
    @Transactional
    public boolean recordFirstActivation(Activation activation) {
        jdbc.sql("SELECT probe_id FROM store_probe WHERE probe_id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
        if (lastActivated().isPresent()) {
            return false;
        }
        recordActivation(activation);
        return true;
    }

    /**
     * Every activation, newest first; of one version when it is given. The cast gives a null parameter a
     * type: PostgreSQL cannot tell one from {@code :version IS NULL} alone.
     */
    public List<Activation> activations(String version) {
        return jdbc.sql("""
                SELECT a.*, p.proposed_by, p.review_note FROM ruleset_activation a
                LEFT JOIN ruleset_proposal p ON p.proposal_id = a.proposal_id
                WHERE CAST(:version AS VARCHAR) IS NULL OR a.version = :version
                ORDER BY a.activation_id DESC
                """)
                .param("version", version)
                .query((row, n) -> new Activation(
                        row.getString("version"),
                        Kind.valueOf(row.getString("kind")),
                        row.getObject("activated_at", OffsetDateTime.class),
                        row.getString("activated_by"),
                        row.getString("reason"),
                        mapper.readValue(
                                row.getString("accepted_scenario_changes"), new TypeReference<List<String>>() {}),
                        row.getObject("proposal_id", UUID.class),
                        row.getString("proposed_by"),
                        row.getString("review_note")))
                .list();
    }

    /**
     * The version the newest switch made by a moment named, if one was made by then: the ruleset that
     * served at that moment, as far as the words of what was recorded then are concerned.
     */
    public Optional<String> servedAt(OffsetDateTime at) {
        return jdbc.sql("""
                SELECT version FROM ruleset_activation WHERE activated_at <= :at
                ORDER BY activated_at DESC, activation_id DESC LIMIT 1
                """).param("at", at).query(String.class).optional();
    }

    /** The ruleset kept last (validated or configured), if any. */
    public Optional<Kept> lastKept() {
        return jdbc.sql("SELECT * FROM ruleset ORDER BY registered_at DESC, version DESC LIMIT 1")
                .query(KEPT)
                .optional();
    }

    /**
     * The version activated last that the service recorded: the one that serves. A switch added or altered
     * in the database behind the service's back (neither queued for its seal with the key nor sealed) is
     * passed over, named once in the log, and named by verification; the one before it serves.
     */
    public Optional<String> lastActivated() {
        record Switch(long activationId, UUID recordId, String version) {}
        List<Switch> newestFirst = jdbc.sql(
                        "SELECT activation_id, record_id, version FROM ruleset_activation ORDER BY activation_id DESC")
                .query((row, n) -> new Switch(
                        row.getLong("activation_id"), row.getObject("record_id", UUID.class), row.getString("version")))
                .list();
        for (Switch candidate : newestFirst) {
            if (sealer.recordedActivation(candidate.recordId())) {
                return Optional.of(candidate.version());
            }
            if (passedOver.add(candidate.activationId())) {
                log.error(
                        "The switch of the rules to ruleset {} (activation {}) was not recorded by the service, or"
                                + " was altered since: it is not served; audit verify names it",
                        candidate.version(),
                        candidate.activationId());
            }
        }
        if (!newestFirst.isEmpty()) {
            throw new IllegalStateException("No switch of the rules in this database is one the service recorded:"
                    + " none can be served; audit verify names them");
        }
        return Optional.empty();
    }
}
