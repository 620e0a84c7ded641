package org.msettriage.service.logging;

import ch.qos.logback.classic.LoggerContext;
import java.time.Duration;
import org.msettriage.service.problem.DatabaseUnusableAnalyzer;
import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.settings.SettingValueAnalyzer;
import org.msettriage.service.store.DatabaseFileUnusableAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When the service refuses to start ({@link StartRefusedException}), the context's warning that its
 * refresh failed is one short line instead of the whole chain of wrapped failures, which an operator had
 * to scroll past to reach the report in words (found by a new operator). Any other failure keeps the
 * warning word for word, and Boot still logs its frames. So do a value of one of the service's settings
 * that is not of its kind, a database file that cannot be opened and a database that cannot be used,
 * which the report says in words.
 * Registered in {@code META-INF/spring.factories}.
 */
public class RefusedStartLog implements SpringApplicationRunListener {

    static final String SHORT = HeldRefreshWarning.PREFIX
            + " - cancelling refresh attempt: the service refused to start; the report below says why";

    private HeldRefreshWarning held;

    public RefusedStartLog(SpringApplication application, String[] args) {}

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        // Logging is configured by now: a filter added earlier would be forgotten when Boot configures it.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            held = new HeldRefreshWarning();
            logback.addTurboFilter(held);
        }
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        release();
    }

    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        HeldRefreshWarning warning = release();
        if (warning == null || warning.heldMessage() == null) {
            return;
        }
        Logger logger = LoggerFactory.getLogger(warning.heldLogger());
        logger.warn(
                refused(exception)
                                || settingOfAnotherKind(context, exception)
                                || fileUnusable(context, exception)
                                || databaseUnusable(exception)
                        ? SHORT
                        : warning.heldMessage());
    }

    /**
     * Whether the failure is a database the settings name that cannot be used (nothing answers, the password,
     * the database's name), which the report below says in words ({@link DatabaseUnusableAnalyzer}): an
     * operator's trial found the warning above it a kilobyte of wrapped failures.
     */
    private static boolean databaseUnusable(Throwable failure) {
        return new DatabaseUnusableAnalyzer().analyze(failure) != null;
    }

    /**
     * Whether the failure is an embedded database file that is damaged or held by another process, which the
     * report below names in words ({@link DatabaseFileUnusableAnalyzer}): an operator's trial of a second
     * instance on one folder found the warning above it a kilobyte of wrapped failures.
     */
    private static boolean fileUnusable(ConfigurableApplicationContext context, Throwable failure) {
        return context != null && new DatabaseFileUnusableAnalyzer(context.getEnvironment()).analyze(failure) != null;
    }

    /**
     * Whether the failure is a value of one of the service's settings that is not of its kind, which the
     * report below says in words ({@link SettingValueAnalyzer}): an operator's trial found the warning above
     * it several kilobytes of wrapped failures.
     */
    private static boolean settingOfAnotherKind(ConfigurableApplicationContext context, Throwable failure) {
        return context != null && new SettingValueAnalyzer(context.getEnvironment()).analyze(failure) != null;
    }

    private HeldRefreshWarning release() {
        HeldRefreshWarning warning = held;
        held = null;
        if (warning != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(warning);
        }
        return warning;
    }

    /** Whether the failure is the service's own refusal, however deep Spring wrapped it. */
    static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartRefusedException) {
                return true;
            }
        }
        return false;
    }
}
