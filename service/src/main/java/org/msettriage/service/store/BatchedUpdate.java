package org.msettriage.service.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A statement run for many rows, sent to the database a batch at a time: the migrations that walk every
 * stored decision would otherwise make one round trip per decision, or hold every update until the end.
 */
public final class BatchedUpdate {

    private final PreparedStatement statement;
    private final int batchSize;
    private int pending;

    public BatchedUpdate(PreparedStatement statement, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least one row");
        }
        this.statement = statement;
        this.batchSize = batchSize;
    }

    /** Adds the statement with its parameters as now set, and sends the batch once it is full. */
    public void add() throws SQLException {
        statement.addBatch();
        if (++pending >= batchSize) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Sends what is left; nothing added before is run until this or a full batch sends it. */
    public void finish() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }
}
