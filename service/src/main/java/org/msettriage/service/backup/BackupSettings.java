package org.msettriage.service.backup;

import java.nio.file.Path;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database. {@code folder}: where they are written ({@code mset.backup.folder});
 * {@code keep}: how many of the newest the service keeps there, removing older ones after each new copy,
 * or 0 to remove none ({@code mset.backup.keep}).
 */
@ConfigurationProperties("mset.backup")
public record BackupSettings(Path folder, @DefaultValue("7") int keep) {

    static final String KEEP = "mset.backup.keep";

    /**
     * The number of copies kept, checked as the backups are made ready at start: a negative number refuses
     * the start, naming the setting, as the service's other refused settings do.
     */
    int copiesKept() {
        if (keep < 0) {
            throw new StartRefusedException(KEEP + " is " + keep + ": give how many of the newest backups to keep,"
                    + " such as 7, or 0 to keep every backup (the service then removes none); nothing was"
                    + " started.");
        }
        return keep;
    }
}
