package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every test of a sealed kind of record checks: the record is in the chain as its kind, and one
 * altered in the database is named, in the kind's own words, by the API, the command line and the
 * auditor's page. Each subclass has a context of its own, as it tampers.
 */
abstract class SealedRecordTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    Environment database;

    /** Seals what is queued; the record is then in the chain as its kind, and the chain intact. */
    void assertSealedAs(UUID recordId, RecordKind kind) {
        sealer.sealPending();
        assertThat(jdbc.sql("SELECT record_kind FROM decision_seal WHERE decision_id = :id")
                        .param("id", recordId)
                        .query(String.class)
                        .single())
                .isEqualTo(kind.name());
        assertIntact();
    }

    void assertIntact() {
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();
    }

    /** The one problem is this record, changed, named so by the API, the command line and the page. */
    void assertChangedEverywhere(UUID recordId, RecordKind kind) {
        assertThat(VerificationProblems.of(auditVerification("")))
                .containsExactly("CHANGED " + kind.name() + " " + recordId);
        AuditCommandLine.Run run = AuditCommandLine.verify(database);
        assertThat(run.out()).as(run.err()).contains(kind.words() + " " + recordId);
        String words =
                Character.toUpperCase(kind.words().charAt(0)) + kind.words().substring(1);
        assertThat(verificationPage("")).contains(words + " <span class=\"hash\">" + recordId + "</span>");
    }
}
