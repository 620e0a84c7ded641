package org.msettriage.service.store;

import java.nio.file.Files;
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
import org.springframework.stereotype.Component;

/**
 * Health's "diskSpace": the free space of the disk the data folder is on. Below 10 MB it says
 * LOW_DISK_SPACE (answered 200, in health and readiness alike), not DOWN: decisions are still taken until
 * the disk is full, when the store's own check says DOWN. Spring Boot's indicator said DOWN in health while
 * readiness said UP and triage answered 201, and logged a warning at every probe while the space was low
 * (found by a new operator); this logs once when the space runs low and once when it is back.
 */
@Component("diskSpace")
class DataDiskSpace implements HealthIndicator {

    static final Status LOW_DISK_SPACE = new Status("LOW_DISK_SPACE", "less than 10 MB free on the data disk");
    static final long THRESHOLD_BYTES = 10L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DataDiskSpace.class);

    private final Path folder;
    private final ToLongFunction<Path> freeBytes;
    private final AtomicBoolean low = new AtomicBoolean();

    @Autowired
    DataDiskSpace(@Value("${mset.data-dir:./data}") String dataDir) {
        this(Path.of(dataDir), DataDiskSpace::usableBytes);
    }

    DataDiskSpace(Path folder, ToLongFunction<Path> freeBytes) {
        this.folder = folder.toAbsolutePath().normalize();
        this.freeBytes = freeBytes;
    }

    @Override
    public Health health() {
        long free = freeBytes.applyAsLong(folder);
        boolean nowLow = free < THRESHOLD_BYTES;
        if (nowLow && low.compareAndSet(false, true)) {
            log.warn(
                    "Less than 10 MB free on the disk of the data folder {} ({} bytes): decisions are still taken,"
                            + " but the database stops taking them once the disk is full; make space",
                    folder,
                    free);
        } else if (!nowLow && low.compareAndSet(true, false)) {
            log.info("The disk of the data folder {} has 10 MB or more free again ({} bytes)", folder, free);
        }
        return Health.status(nowLow ? LOW_DISK_SPACE : Status.UP)
                .withDetail("path", folder.toString())
                .withDetail("free", free)
                .withDetail("threshold", THRESHOLD_BYTES)
                .build();
    }

    /** The space free to this process on the disk of the folder, or of its nearest parent that exists yet. */
    private static long usableBytes(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? 0 : existing.toFile().getUsableSpace();
    }
}
