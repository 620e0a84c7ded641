package org.msettriage.service.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the files holding children's data that the service writes itself (a backup) with the permissions
 * {@code mset.data-dir-permissions} allows from the start: the process's umask (commonly world-readable)
 * would otherwise give a new file a mode that survives a copy moved out of its closed folder. On a file
 * system without POSIX permissions (Windows') files are made as the file system makes them.
 */
@Component
public class PrivateFiles {

    private final DataFolderAccess access;

    public PrivateFiles(Environment environment) {
        this.access = DataFolderAccess.of(environment);
    }

    /** Makes the folder, when it is missing, readable as the setting allows. */
    public void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        if (DataFolderPermissions.kept(folder)) {
            Files.setPosixFilePermissions(folder, access.folder());
        }
    }

    /** Makes a new, empty file readable and writable by the service's user (and readable by its group if asked). */
    public void create(Path file) throws IOException {
        if (!DataFolderPermissions.kept(file.getParent())) {
            Files.createFile(file);
            return;
        }
        // The umask applies to the mode given at creation, and may take the group's read from it: set it again.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(access.newFile()));
        restrict(file);
    }

    /** Gives a file that exists the mode a new one gets, whatever wrote it. */
    public void restrict(Path file) throws IOException {
        if (DataFolderPermissions.kept(file.getParent())) {
            Files.setPosixFilePermissions(file, access.newFile());
        }
    }
}
