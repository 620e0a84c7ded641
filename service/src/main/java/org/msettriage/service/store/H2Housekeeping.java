package org.msettriage.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SparseChunks;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file close to its live data. Every commit is written at once (WRITE_DELAY=0, so
 * that an answered decision survives a crash), and H2 then runs none of the background housekeeping it
 * would otherwise run: partly used chunks are never rewritten, and the file grows by several times what
 * it holds. This does that housekeeping instead: each round it rewrites the sparsest chunks (those
 * written under load, soon mostly dead), then, as H2 would, chunks whose live share has dropped below the
 * target, so their space is freed and reused. Nothing happens on any other database.
 *
 * <p>Rounds are small and frequent (a quarter second, a few MB) rather than large and rare: a round holds
 * the store's lock while it rewrites, and every commit waits for it, so larger rounds showed as the
 * slowest answers under load (p99 about 130 ms with 16 MB rounds each second, about 85 ms with these),
 * for the same rewriting in all.
 *
 * <p>Freed space is reused soon (RETENTION_TIME in the file's URL, 1 s): under load the store writes about
 * 50 KB per decision (14-23 MB a second at about 400 calls a second), and space kept back for 5 s made
 * about a quarter of the file. H2 keeps freed space back so that a power cut cannot leave the last flushed
 * state pointing into space already written over; each round flushes the file first, so the space is kept
 * back for at least {@link #FLUSHES_BEFORE_REUSE} rounds (raised above the URL's value when the rounds are
 * set further apart).
 */
@Component
class H2Housekeeping {

    /** Chunks less full than this (percent) are rewritten; H2's own background housekeeping aims at 90. */
    static final int TARGET_FILL_RATE = 90;
    /** The most bytes one round rewrites, so a round never holds the store's lock for long. */
    static final int WRITE_LIMIT = 1024 * 1024;

    /**
     * Chunks at most this live (percent) are rewritten first, up to {@link #SPARSE_WRITE_LIMIT}: under load
     * the chunks just written soon hold mostly dead pages, and rewriting them frees the most per byte.
     */
    static final int SPARSE_FILL_RATE = 60;
    /** The most live bytes of sparse chunks one round rewrites. */
    static final int SPARSE_WRITE_LIMIT = 4 * 1024 * 1024;

    /** Rounds (each flushing the file to the disk) that freed space waits before it is written over. */
    static final int FLUSHES_BEFORE_REUSE = 4;

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final int leastRetentionMillis;
    private volatile boolean failedBefore;
    /** Known once a connection was had: on another database (PostgreSQL) there is nothing to keep. */
    private volatile Boolean embeddedH2;

    H2Housekeeping(DataSource dataSource, @Value("${mset.database.h2-housekeeping-every:250ms}") Duration every) {
        this.dataSource = dataSource;
        this.leastRetentionMillis = (int) Math.min(Integer.MAX_VALUE, every.toMillis() * FLUSHES_BEFORE_REUSE);
    }

    @Scheduled(fixedDelayString = "${mset.database.h2-housekeeping-every:250ms}")
    void compact() {
        if (Boolean.FALSE.equals(embeddedH2)) {
            // Not a connection every round, nor a line in every fault, on a database this is not about.
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            embeddedH2 = EmbeddedH2.behind(connection);
            if (!embeddedH2) {
                return;
            }
            if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                MVStore store = session.getDatabase().getStore().getMvStore();
                if (store.getFileStore() != null && !store.isClosed()) {
                    if (store.getRetentionTime() < leastRetentionMillis) {
                        store.setRetentionTime(leastRetentionMillis);
                    }
                    // Flushed to the disk first: space freed below is reused only once what replaced it is
                    // on the disk (the file's short retention time, RETENTION_TIME in its URL, relies on this).
                    store.sync();
                    SparseChunks.rewrite(store, SPARSE_FILL_RATE, SPARSE_WRITE_LIMIT);
                    store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
                    if (log.isDebugEnabled()) {
                        log.debug(
                                "H2 file {} MB: {}% of it in chunks, the chunks {}% live",
                                store.getFileStore().size() / 1_000_000,
                                store.getFileStore().getFillRate(),
                                store.getFileStore().getChunksFillRate());
                    }
                }
            }
            failedBefore = false;
        } catch (SQLException | RuntimeException e) {
            // A database fault is reported by the calls that meet it; say here only that housekeeping paused.
            if (!failedBefore) {
                failedBefore = true;
                log.warn("H2 housekeeping paused: {}", SafeTrace.describe(e));
            }
        }
    }
}
