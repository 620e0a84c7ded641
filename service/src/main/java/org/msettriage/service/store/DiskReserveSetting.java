package org.msettriage.service.store;

import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.settings.SettingValueAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** The free space the embedded database's disk must keep ({@link DiskReserve}), as an operator set it. */
public final class DiskReserveSetting {

    static final String NAME = "mset.database.disk-reserve";
    /** The setting, or its default when not given. */
    private static final String GIVEN_OR_DEFAULT = "${mset.database.disk-reserve:256MB}";

    private DiskReserveSetting() {}

    /** The reserve in bytes; a value that is not a size stops the start, saying how to write one. */
    public static long bytes(Environment environment) {
        String given = environment.resolvePlaceholders(GIVEN_OR_DEFAULT);
        try {
            long bytes = DataSize.parse(given.strip()).toBytes();
            if (bytes >= 0) {
                return bytes;
            }
        } catch (IllegalArgumentException notASize) {
            // Said in words below.
        }
        // The value is shown whole, as it always was here; the analyzer shortens a long one.
        throw new StartRefusedException(SettingValueAnalyzer.inWords(NAME, given, DataSize.class)
                        .orElseThrow() + " (0B keeps no reserve); nothing was started.");
    }
}
