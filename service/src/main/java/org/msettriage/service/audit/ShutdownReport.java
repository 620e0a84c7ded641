package org.msettriage.service.audit;

import org.msettriage.service.problem.SafeTrace;
import org.msettriage.service.store.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at a graceful shutdown, in two lines, what an operator needs to know of the work this instance
 * leaves: the job leases it held and whether it released them, and how many records still wait for their
 * seal (sealed at the next start, or by another instance sharing the database). Counts and lease names
 * only, never a record's content.
 *
 * <p>A lifecycle bean rather than a destroy callback: it stops after the decision writer (phase 0) has
 * stored what it was handed, so the count includes those decisions, and while the connection pool is
 * still open (the pool closes only when the beans are destroyed, after every lifecycle bean stopped).
 * Only a stop on the way to closing hands the leases over: a context merely stopped and started again
 * (as the test framework pauses the contexts it keeps between test classes) keeps them and goes on.
 */
@Component
class ShutdownReport implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

    /** After the decision writer's phase (0): a lower phase stops later. */
    static final int PHASE = -100;

    private static final Logger log = LoggerFactory.getLogger(ShutdownReport.class);

    private final JobLeases leases;
    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private volatile boolean running;
    private volatile boolean closing;

    ShutdownReport(JobLeases leases, JdbcClient jdbc, ApplicationContext context) {
        this.leases = leases;
        this.jdbc = jdbc;
        this.context = context;
    }

    /** Published as closing begins, before any lifecycle bean stops: the stop that follows is the last. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() == context) {
            closing = true;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (!closing) {
            return;
        }
        log.info("At shutdown {}", leases.handOver());
        log.info("At shutdown {}", waitingForSeal());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private String waitingForSeal() {
        try {
            return jdbc.sql("SELECT COUNT(*) AS waiting,"
                            + " COALESCE(SUM(CASE WHEN record_kind = 'DECISION' THEN 1 ELSE 0 END), 0) AS decisions"
                            + " FROM decision_unsealed")
                    .query((row, n) ->
                            inWords(row.getLong("decisions"), row.getLong("waiting") - row.getLong("decisions")))
                    .single();
        } catch (DataAccessException e) {
            return "the records waiting for their seal could not be counted (" + SafeTrace.typesOf(e)
                    + "); whatever waits is sealed at the next start, or by another instance sharing the database";
        }
    }

    /** The line for so many decisions, and records of other kinds, waiting for their seal. */
    static String inWords(long decisions, long others) {
        if (decisions == 0 && others == 0) {
            return "no decision or other record waits for its seal";
        }
        return (decisions == 1 ? "1 accepted decision" : decisions + " accepted decisions") + " and "
                + (others == 1 ? "1 other record" : others + " other records")
                + " (panel outcomes, reads and the like) wait for their seal: the next start seals them, or"
                + " another instance sharing the database";
    }
}
