package org.msettriage.service.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The logging of the command line, where the report is the output and a log line only buries it. */
public final class CommandLineLogging {

    /**
     * Drools' and KIE's own loggers, which log a ruleset that does not build as an error, twice, before
     * the command prints the same problems with their file and line.
     */
    static final String[] RULE_ENGINE = {"org.drools", "org.kie"};

    private CommandLineLogging() {}

    /** Only errors from the service's own code and libraries; none from the rule engine's builds. */
    public static void quiet() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        for (String engine : RULE_ENGINE) {
            ((Logger) LoggerFactory.getLogger(engine)).setLevel(Level.OFF);
        }
    }
}
