package org.msettriage.service.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Holds back the application context's one warning that its refresh failed, logged on the starting thread
 * before anything knows why, so {@link RefusedStartLog} can say it in full or in short once the reason is
 * known. That warning is the whole chain of failures in one line, and for a refusal the report after it
 * already says what is wrong.
 */
final class HeldRefreshWarning extends TurboFilter {

    static final String PREFIX = "Exception encountered during context initialization";

    private final Thread starting = Thread.currentThread();
    private volatile String heldLogger;
    private volatile String heldMessage;

    HeldRefreshWarning() {
        setName("held-refresh-warning");
        start();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (heldMessage == null
                && Thread.currentThread() == starting
                && level == Level.WARN
                && logger != null
                && logger.getName().endsWith("ApplicationContext")
                && format != null
                && format.startsWith(PREFIX)) {
            heldLogger = logger.getName();
            heldMessage = format;
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** The logger the warning was held from, or null when none was. */
    String heldLogger() {
        return heldLogger;
    }

    /** The warning held, or null when none was. */
    String heldMessage() {
        return heldMessage;
    }
}
