package org.msettriage.service.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The auditors' sign-in session for the pages under {@code /audit}. {@code secureCookie}: send the
 * session cookie over HTTPS only; false by default so the embedded service works at
 * http://localhost, and production must set it to true. {@code idleTimeout}: how long a session lasts
 * without a request (15 minutes by default). {@code maxSessionsPerAuditor}: how many sessions one auditor
 * may hold at once (3 by default); signing in once more ends the least recently used. {@code idleWarning}:
 * how long before a session ends without use its pages warn the reader and offer to keep it (2 minutes by
 * default, and never more than half the idle timeout unless set: a 1-minute session warns after 30 s).
 */
@ConfigurationProperties("mset.pages")
public record PageSettings(
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("3") int maxSessionsPerAuditor,
        Duration idleWarning) {

    public PageSettings {
        if (idleTimeout.isNegative() || idleTimeout.toMinutes() < 1) {
            throw new IllegalArgumentException("mset.pages.idle-timeout must be at least one minute");
        }
        // The container keeps the timeout in whole minutes: 90s would end sessions after one (a trial).
        if (!idleTimeout.equals(Duration.ofMinutes(idleTimeout.toMinutes()))) {
            throw new IllegalArgumentException("mset.pages.idle-timeout must be whole minutes, as the servlet"
                    + " container keeps it: " + idleTimeout.toSeconds() + "s would end a session after "
                    + idleTimeout.toMinutes() + " min; give " + idleTimeout.toMinutes() + "m or "
                    + (idleTimeout.toMinutes() + 1) + "m");
        }
        if (idleWarning == null) {
            idleWarning = DEFAULT_WARNING.compareTo(idleTimeout.dividedBy(2)) < 0
                    ? DEFAULT_WARNING
                    : idleTimeout.dividedBy(2);
        }
        if (idleWarning.isNegative() || idleWarning.isZero() || idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("mset.pages.idle-warning must be more than no time, and less than"
                    + " mset.pages.idle-timeout (" + idleTimeout.toMinutes() + " min): it is "
                    + idleWarning.toSeconds() + "s");
        }
        if (maxSessionsPerAuditor < 1) {
            throw new IllegalArgumentException("mset.pages.max-sessions-per-auditor must be at least 1");
        }
    }

    private static final Duration DEFAULT_WARNING = Duration.ofMinutes(2);

    /**
     * How long after a page's last request the session ends, in whole seconds: whole minutes, as the servlet
     * container keeps a session's timeout in minutes (90 s would end it after 60; a review).
     */
    public long idleSeconds() {
        return idleMinutes() * 60;
    }

    /** How long after a page's last request it warns that the session is about to end, in whole seconds. */
    public long warnAfterSeconds() {
        return idleSeconds() - idleWarning.toSeconds();
    }

    /** The idle timeout in whole minutes, as the pages tell the auditor. */
    public long idleMinutes() {
        return idleTimeout.toMinutes();
    }
}
