package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Rows added one by one reach the database a full batch at a time, and the rest when finished. */
class BatchedUpdateTest {

    @Test
    void fullBatchesAreSentAsTheyFillAndTheRestWhenFinished() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:batched-update", "sa", "")) {
            connection.createStatement().execute("CREATE TABLE row_added (n INT PRIMARY KEY)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO row_added (n) VALUES (?)")) {
                BatchedUpdate batches = new BatchedUpdate(insert, 3);
                for (int n = 1; n <= 7; n++) {
                    insert.setInt(1, n);
                    batches.add();
                    assertThat(count(connection)).as("after row %d", n).isEqualTo(n / 3 * 3);
                }
                batches.finish();
                assertThat(count(connection)).isEqualTo(7);
                batches.finish();
                assertThat(count(connection)).isEqualTo(7);
            }
        }
    }

    @Test
    void aBatchHoldsAtLeastOneRow() {
        assertThatThrownBy(() -> new BatchedUpdate(null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int count(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM row_added")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
