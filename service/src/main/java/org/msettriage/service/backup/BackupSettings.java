package org.msettriage.service.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where backups of the embedded database are written ({@code mset.backup.folder}). */
@ConfigurationProperties("mset.backup")
public record BackupSettings(Path folder) {}
