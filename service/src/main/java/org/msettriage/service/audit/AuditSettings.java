package org.msettriage.service.audit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The audit's keys and periods. Each key is 32 random bytes in base64 and must be kept outside the
 * database: {@code encryptionKey} encrypts personal content at rest (AES-256-GCM), {@code childRefKey}
 * keys the hash a child reference is stored and searched as (HMAC-SHA256), and {@code sealKey} keys the
 * chain that seals every decision (HMAC-SHA256), so that someone who can write to the database still
 * cannot forge a seal; {@code identifierKey} keys the hash each person, vehicle or place a referral names
 * is stored and linked as (HMAC-SHA256, policy v1.1 section 10). {@code retention}: how long a decision's personal content is kept (the service refuses it without a unit: {@link RetentionInForce});
 * {@code retentionCheckEvery}: how often expired content is looked for; {@code sealEvery}: how often
 * newly stored decisions are sealed; {@code retentionReplaces}: given only to change the period every
 * instance sharing the database applies, the period being replaced ({@link RetentionAgreement}).
 */
@ConfigurationProperties("mset.audit")
public record AuditSettings(
        @DefaultValue("") String encryptionKey,
        @DefaultValue("") String childRefKey,
        @DefaultValue("") String sealKey,
        @DefaultValue("") String identifierKey,
        // A bare number is refused at the start and by audit verify (RetentionUnit); bound as days all the
        // same: as milliseconds, Spring's default, "2192" would remove every child's content.
        @DefaultValue("2192d") @DurationUnit(ChronoUnit.DAYS)
        Duration retention,

        @DefaultValue("1h") Duration retentionCheckEvery,
        @DefaultValue("250ms") Duration sealEvery,
        @DurationUnit(ChronoUnit.DAYS) Duration retentionReplaces) {

    public AuditSettings {
        // Scheduling refuses a period of nothing with a message that names no setting; these do.
        if (retentionCheckEvery.isNegative() || retentionCheckEvery.isZero()) {
            throw new IllegalArgumentException("mset.audit.retention-check-every must be longer than zero, such as 1h");
        }
        if (sealEvery.isNegative() || sealEvery.isZero()) {
            throw new IllegalArgumentException("mset.audit.seal-every must be longer than zero, such as 250ms");
        }
    }
}
