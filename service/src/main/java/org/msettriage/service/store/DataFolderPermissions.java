package org.msettriage.service.store;

import static java.nio.file.attribute.PosixFilePermission.GROUP_READ;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_READ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Keeps a folder holding children's data (the H2 file, its backups) from other users of the machine: the
 * folder gets the permissions {@link DataFolderAccess} allows, made so if it is new, and the files in it
 * that the predicate names lose what it does not allow. H2 writes its files with the process's umask
 * (commonly world-readable); the folder's own permissions stop anyone else reaching them whatever their
 * mode, and files made before this check are tightened too, so a copy moved out keeps its protection.
 */
final class DataFolderPermissions {

    private DataFolderPermissions() {}

    /** Whether the folder's file system keeps POSIX permissions at all (Windows' does not). */
    static boolean kept(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Gives the folder (called by its name for operators, such as "The data folder") the access asked for,
     * and its files named by the predicate no more; says in words what was changed, empty when nothing was.
     */
    static Optional<String> restrict(String named, Path folder, DataFolderAccess access, Predicate<Path> files)
            throws IOException {
        Set<PosixFilePermission> wanted = access.folder();
        if (Files.notExists(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(wanted));
            // The umask may have taken from the group what owner-and-group gives it.
            Files.setPosixFilePermissions(folder, wanted);
            return Optional.empty();
        }
        Set<PosixFilePermission> had = Files.getPosixFilePermissions(folder);
        if (!had.equals(wanted)) {
            Files.setPosixFilePermissions(folder, wanted);
        }
        int tightened = 0;
        for (Path file : filesIn(folder, files)) {
            Set<PosixFilePermission> fileHad = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> keeps = access.fileKeeps(fileHad);
            if (!keeps.equals(fileHad)) {
                Files.setPosixFilePermissions(file, keeps);
                tightened++;
            }
        }
        if (had.equals(wanted) && tightened == 0) {
            return Optional.empty();
        }
        String folderWas = had.equals(wanted)
                ? " was readable by " + readers(access) + " already (" + PosixFilePermissions.toString(had) + ")"
                : " " + readers(had) + " (" + PosixFilePermissions.toString(had) + "); it is now readable by "
                        + readers(access) + " (" + PosixFilePermissions.toString(wanted) + ")";
        return Optional.of(named + " " + folder + folderWas + files(tightened) + ", as " + DataFolderAccess.SETTING
                + " (" + access + ") asks.");
    }

    private static List<Path> filesIn(Path folder, Predicate<Path> files) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(files)
                    .toList();
        }
    }

    private static String readers(Set<PosixFilePermission> had) {
        if (had.contains(OTHERS_READ)) {
            return "could be read by every user of this machine";
        }
        if (had.contains(GROUP_READ)) {
            return "could be read by its group";
        }
        return "could be read by the service's user only";
    }

    private static String readers(DataFolderAccess access) {
        return access == DataFolderAccess.OWNER_ONLY ? "the service's user only" : "the service's user and its group";
    }

    private static String files(int tightened) {
        return switch (tightened) {
            case 0 -> "";
            case 1 -> "; 1 file in it was narrowed to match";
            default -> "; " + tightened + " files in it were narrowed to match";
        };
    }
}
