package org.msettriage.service.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Drops the debug and trace events of the framework loggers that print what a request carries: the raw
 * request with its Authorization header (Tomcat), the bound referral and the decision written back
 * (Spring MVC), SQL parameters (Spring JDBC, which would print the stored referral), and request URLs
 * with their query strings (Spring MVC and Security). A referral is about a child, so none of that may
 * reach a log, whatever level an operator sets; the service's own code logs ids, levels and client
 * names only. Installed on the running logger context, so it holds with any logging configuration, and
 * checked by a test that runs the service with every logger at TRACE.
 */
@Component
public class PayloadLogGuard extends TurboFilter {

    static final List<String> GUARDED_LOGGERS = List.of(
            "org.apache.coyote",
            "org.apache.tomcat",
            "org.apache.catalina",
            "org.springframework.web",
            "org.springframework.http",
            "org.springframework.security.web",
            "org.springframework.jdbc",
            "org.springframework.boot.web",
            "org.h2",
            "com.zaxxer.hikari",
            "tools.jackson",
            "com.fasterxml.jackson",
            "org.hibernate.validator");

    PayloadLogGuard() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(PayloadLogGuard.class::isInstance)) {
            setName("payload-log-guard");
            start();
            logback.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level.isGreaterOrEqual(Level.INFO)) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        for (String guarded : GUARDED_LOGGERS) {
            if (name.startsWith(guarded)) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
