package org.msettriage.service.store;

import static org.msettriage.service.store.DiskFreeSpace.MB;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Health's "diskSpace": the free space of the disk the data folder is on. Below its warning level it says
 * LOW_DISK_SPACE (answered 200, in health and readiness alike), not DOWN: decisions are still taken. On the
 * embedded database the warning comes at twice the disk reserve ({@link DiskReserve}), so an operator is
 * told before the store stops taking decisions at the reserve itself (and says DOWN); on a database server
 * the data folder holds only the kept rulesets, and the warning comes below 10 MB. Spring Boot's indicator
 * said DOWN in health while readiness said UP and triage answered 201, and logged a warning at every probe
 * while the space was low (found by a new operator); this logs once when the space runs low and once when
 * it is back.
 */
@Component("diskSpace")
class DataDiskSpace implements HealthIndicator {

    static final Status LOW_DISK_SPACE = new Status("LOW_DISK_SPACE", "little free space on the data disk");
    /** The warning level beside a database server, whose disk is its own. */
    static final long SERVER_WARNING_BYTES = 10L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DataDiskSpace.class);

    private final Path folder;
    private final ToLongFunction<Path> freeBytes;
    private final long warnBelow;
    private final AtomicBoolean low = new AtomicBoolean();

    @Autowired
    DataDiskSpace(@Value("${mset.data-dir:./data}") String dataDir, Environment environment) {
        this(Path.of(dataDir), DataDiskSpace::usableBytes, warningLevel(environment));
    }

    DataDiskSpace(Path folder, ToLongFunction<Path> freeBytes, long warnBelow) {
        this.folder = folder.toAbsolutePath().normalize();
        this.freeBytes = freeBytes;
        this.warnBelow = warnBelow;
    }

    /** Twice the disk reserve on the embedded database; 10 MB beside a database server. */
    static long warningLevel(Environment environment) {
        return DataFolderCheck.embeddedDatabase(environment).isPresent()
                ? 2 * DiskReserveSetting.bytes(environment)
                : SERVER_WARNING_BYTES;
    }

    @Override
    public Health health() {
        long free = freeBytes.applyAsLong(folder);
        boolean nowLow = free < warnBelow;
        if (nowLow && low.compareAndSet(false, true)) {
            log.warn(
                    "Less than {} MB free on the disk of the data folder {} ({} MB): decisions are still taken,"
                            + " but an embedded database stops taking them below its reserve"
                            + " (mset.database.disk-reserve); make space",
                    warnBelow / MB,
                    folder,
                    free / MB);
        } else if (!nowLow && low.compareAndSet(true, false)) {
            log.info(
                    "The disk of the data folder {} has {} MB or more free again ({} MB)",
                    folder,
                    warnBelow / MB,
                    free / MB);
        }
        return Health.status(nowLow ? LOW_DISK_SPACE : Status.UP)
                .withDetail("path", folder.toString())
                .withDetail("free", free)
                .withDetail("threshold", warnBelow)
                .build();
    }
    /** The space free to this process on the disk of the folder, or of its nearest parent that exists yet. */
    private static long usableBytes(Path folder) {
        try {
            return DiskFreeSpace.bytes(folder);
        } catch (IOException e) {
            return 0;
        }
    }
}
