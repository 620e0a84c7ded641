package org.msettriage.service.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The auditors' sign-in session for the pages under {@code /audit}. {@code secureCookie}: send the
 * session cookie over HTTPS only; false by default so the embedded service works at
 * http://localhost, and production must set it to true. {@code idleTimeout}: how long a session lasts
 * without a request (15 minutes by default). {@code maxSessionsPerAuditor}: how many sessions one auditor
 * may hold at once (3 by default); signing in once more ends the least recently used.
 */
@ConfigurationProperties("mset.pages")
public record PageSettings(
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("3") int maxSessionsPerAuditor) {

    public PageSettings {
        if (idleTimeout.isNegative() || idleTimeout.toMinutes() < 1) {
            throw new IllegalArgumentException("mset.pages.idle-timeout must be at least one minute");
        }
        if (maxSessionsPerAuditor < 1) {
            throw new IllegalArgumentException("mset.pages.max-sessions-per-auditor must be at least 1");
        }
    }

    /** The idle timeout in whole minutes, as the pages tell the auditor. */
    public long idleMinutes() {
        return idleTimeout.toMinutes();
    }
}
