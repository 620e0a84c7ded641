package org.msettriage.service.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Drops the debug and trace events of the framework loggers that print what a request carries: the raw
 * request with its Authorization header (Tomcat), the bound referral and the decision written back
 * (Spring MVC), SQL parameters (Spring JDBC and the PostgreSQL driver, which would print the stored
 * referral), and request URLs
 * with their query strings (Spring MVC and Security). Thymeleaf, which renders the auditor pages, is held
 * to the same: its trace quotes every expression it evaluates (no values were seen in it, but those
 * pages show what referrals say). A referral is about a child, so none of that may
 * reach a log, whatever level an operator sets; the service's own code logs ids, levels and client
 * names only. Installed on the running logger context, so it holds with any logging configuration, and
 * checked by a test that runs the service with every logger at TRACE. Tomcat's HTTP parsing loggers are
 * dropped at every level, because their INFO notes on a malformed request quote the request line.
 * It re-installs itself if the logging configuration is reset (for example reloaded), since a reset
 * clears every filter.
 */
@Component
public class PayloadLogGuard extends TurboFilter implements LoggerContextListener {

    static final List<String> GUARDED_LOGGERS = List.of(
            "org.apache.coyote",
            "org.apache.tomcat",
            "org.apache.catalina",
            "org.springframework.web",
            "org.springframework.http",
            "org.springframework.security",
            "com.nimbusds",
            "org.springframework.jdbc",
            // The service's own JdbcTemplate logs under its own name what Spring JDBC's would (statements).
            "org.msettriage.service.store.TimeoutPerStatementJdbcTemplate",
            "org.springframework.boot.web",
            "org.h2",
            // PostgreSQL's driver traces every bound parameter, stored referrals included, below INFO.
            "org.postgresql",
            "com.zaxxer.hikari",
            "tools.jackson",
            "com.fasterxml.jackson",
            "org.hibernate.validator",
            "org.thymeleaf");

    /** Loggers that quote what a client sent in messages at any level. */
    static final List<String> SILENCED_LOGGERS = List.of(
            "org.apache.coyote.http11",
            "org.apache.tomcat.util.http",
            "org.apache.tomcat.util.buf",
            // "No mapping for GET /audit/<what the user typed>", at WARN: a name typed into the address.
            "org.springframework.web.servlet.PageNotFound");

    /** What the guard does with a logger's events: drop them all, drop below INFO, or leave them. */
    private enum Kind {
        SILENCED,
        GUARDED,
        FREE
    }

    /**
     * Each logger's kind, worked out once: the filter is asked about every logging call in the process,
     * enabled or not, so it must not scan the prefix lists each time.
     */
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    PayloadLogGuard() {
        setName("payload-log-guard");
        start();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            install(logback);
            logback.addListener(this);
        }
    }

    /** Guards the log now: see {@link GuardOnceLoggingIsConfigured}, which calls it as Spring starts. */
    public static void installNow() {
        new PayloadLogGuard();
    }

    /** Puts the guard first among the context's turbo filters, so that what it drops no other one sees. */
    void install(LoggerContext logback) {
        if (logback.getTurboFilterList().stream().noneMatch(PayloadLogGuard.class::isInstance)) {
            logback.getTurboFilterList().add(0, this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null) {
            return FilterReply.NEUTRAL;
        }
        // An event below the logger's level is one logback would drop anyway. Dropping it here answers the
        // commonest question (a rules engine asking whether trace is on, thousands of times a decision)
        // without looking the logger up, and, as the guard stands first, without asking the filters after
        // it (the log event counter counts only events at their logger's level or above).
        if (level != null && level.levelInt < logger.getEffectiveLevel().levelInt) {
            return FilterReply.DENY;
        }
        Kind kind = kinds.get(logger.getName());
        if (kind == null) {
            kind = kinds.computeIfAbsent(logger.getName(), PayloadLogGuard::kindOf);
        }
        if (kind == Kind.SILENCED) {
            return FilterReply.DENY;
        }
        if (level != null && level.isGreaterOrEqual(Level.INFO)) {
            return FilterReply.NEUTRAL;
        }
        return kind == Kind.GUARDED ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static Kind kindOf(String loggerName) {
        if (SILENCED_LOGGERS.stream().anyMatch(loggerName::startsWith)) {
            return Kind.SILENCED;
        }
        return GUARDED_LOGGERS.stream().anyMatch(loggerName::startsWith) ? Kind.GUARDED : Kind.FREE;
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onReset(LoggerContext context) {
        install(context);
    }

    @Override
    public void onStart(LoggerContext context) {
        install(context);
    }

    @Override
    public void onStop(LoggerContext context) {
        // nothing to release
    }

    @Override
    public void onLevelChange(Logger logger, Level level) {
        // levels do not matter: the guard applies whatever they are
    }
}
