package org.msettriage.service.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that keeps columns of hashes, written so far as 64 characters of hex, as their 32 bytes
 * ({@link HashBytes}). What each holds does not change, only its form, so every seal over them still holds.
 *
 * <p>PostgreSQL converts a table's columns in place, in one rewrite of the table. H2 cannot read hex into
 * bytes in SQL (its cast from text to bytes takes the characters' UTF-8), so the columns are copied through
 * a function of this class into new ones that then take the old names, and the indexes on them are made
 * again. H2 copies a whole table to add or drop columns, so each table's columns are added together and
 * dropped together: two copies of a table, however many of its columns change.
 *
 * <p>A value the service never wrote (altered in the database) does not stop the upgrade: both databases
 * keep 32 bytes that match no hash in its place ({@link #bytesOf}), so verification reports its record.
 */
public abstract class HashColumnsToBytes extends BeanMigration {

    /** A column of hashes, and whether it may be empty. */
    record Column(String name, boolean nullable) {}

    /** An index on a table whose columns change, with its columns in order. */
    record Index(String name, String columns) {}

    record Table(String name, List<Column> columns, List<Index> indexes) {}

    private static final String H2_FUNCTION = "MSET_HASH_BYTES";

    /** A hash as the service writes it. */
    private static final Pattern WRITTEN = Pattern.compile("[0-9a-f]{64}");

    private final List<Table> tables;

    HashColumnsToBytes(int version, String description, List<Table> tables) {
        super(version, description);
        this.tables = tables;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement sql = connection.createStatement()) {
            if (postgres) {
                for (Table table : tables) {
                    sql.execute("ALTER TABLE " + table.name() + " "
                            + each(
                                    table,
                                    ", ",
                                    c -> "ALTER COLUMN " + c + " TYPE BYTEA USING CASE WHEN " + c
                                            + " ~ '^[0-9a-f]{64}$' THEN decode(" + c + ", 'hex')"
                                            + " ELSE sha256(convert_to(" + c + ", 'UTF8')) END"));
                }
                return;
            }
            sql.execute("CREATE ALIAS IF NOT EXISTS " + H2_FUNCTION + " FOR '" + HashColumnsToBytes.class.getName()
                    + ".bytesOf'");
            for (Table table : tables) {
                inH2(sql, table);
            }
            sql.execute("DROP ALIAS IF EXISTS " + H2_FUNCTION);
        }
    }

    private static void inH2(Statement sql, Table table) throws SQLException {
        String name = table.name();
        for (Index index : table.indexes()) {
            sql.execute("DROP INDEX IF EXISTS " + index.name());
        }
        sql.execute("ALTER TABLE " + name + " ADD COLUMN (" + each(table, ", ", c -> c + "_bytes VARBINARY(32)") + ")");
        sql.execute("UPDATE " + name + " SET " + each(table, ", ", c -> c + "_bytes = " + H2_FUNCTION + "(" + c + ")"));
        sql.execute("ALTER TABLE " + name + " DROP COLUMN (" + each(table, ", ", c -> c) + ")");
        for (Column column : table.columns()) {
            sql.execute("ALTER TABLE " + name + " ALTER COLUMN " + column.name() + "_bytes RENAME TO " + column.name());
            if (!column.nullable()) {
                sql.execute("ALTER TABLE " + name + " ALTER COLUMN " + column.name() + " SET NOT NULL");
            }
        }
        for (Index index : table.indexes()) {
            sql.execute("CREATE INDEX " + index.name() + " ON " + name + " (" + index.columns() + ")");
        }
    }

    private static String each(Table table, String separator, java.util.function.Function<String, String> clause) {
        return table.columns().stream().map(Column::name).map(clause).collect(Collectors.joining(separator));
    }

    /**
     * What H2 calls for each stored hash during the migration (public and static, as H2 requires): its bytes,
     * or, for a value altered in the database into something the service never writes (not 64 lower-case
     * hex digits), 32 bytes that match no hash (its text's SHA-256). Verification then reports that record,
     * where the upgrade would otherwise stop on it, and a hash altered only into capitals stays altered.
     */
    public static byte[] bytesOf(String stored) {
        if (stored == null) {
            return null;
        }
        String hex = stored.strip();
        if (WRITTEN.matcher(hex).matches()) {
            return HashBytes.of(hex);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(hex.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
