package org.msettriage.service.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

/**
 * A hash the service handles as lower-case hex text and the database keeps as its bytes (migration 39):
 * half the room in rows and indexes, and compared and copied as bytes rather than hashed and converted as
 * text. Each statement that writes or matches such a column binds {@link #of(String)}, and each that reads
 * one turns it back with {@link #hex(ResultSet, String)}, so the rest of the service sees the text it
 * always did.
 */
public final class HashBytes {

    private static final HexFormat HEX = HexFormat.of();

    private HashBytes() {}

    /** The bytes a hash is stored as; null for none. */
    public static byte[] of(String hex) {
        return hex == null ? null : HEX.parseHex(hex);
    }

    /** A stored hash as the service writes it; null for none. */
    public static String hex(byte[] stored) {
        return stored == null ? null : HEX.formatHex(stored);
    }

    public static String hex(ResultSet row, String column) throws SQLException {
        return hex(row.getBytes(column));
    }

    public static String hex(ResultSet row, int column) throws SQLException {
        return hex(row.getBytes(column));
    }

    /**
     * Whether the column holds bytes in this store, rather than the text an older migration kept: for what
     * reads a store before it is migrated. A BLOB counts as bytes too.
     */
    public static boolean heldAsBytes(ResultSet row, String column) throws SQLException {
        int type = row.getMetaData().getColumnType(row.findColumn(column));
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }

    /**
     * A hash read from a store that may not be migrated yet: as bytes where migration 39 has run, as the
     * hex it kept before. Only for what runs before the migrations do (the keys' checks at start).
     */
    public static String hexOfEitherForm(ResultSet row, String column) throws SQLException {
        if (heldAsBytes(row, column)) {
            return hex(row, column);
        }
        String text = row.getString(column);
        return text == null ? null : text.strip();
    }
}
