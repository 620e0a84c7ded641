package org.msettriage.service.store;

import static java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.GROUP_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;

import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.core.env.Environment;

/**
 * Who besides the service's own user may read the folders holding children's data
 * ({@code mset.data-dir-permissions}): nobody, or the folder's group too, for a backup agent that must run as
 * another user. Never anybody else, and never a write by the group.
 */
enum DataFolderAccess {
    OWNER_ONLY(
            "owner-only",
            EnumSet.of(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE),
            EnumSet.of(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE)),
    OWNER_AND_GROUP(
            "owner-and-group",
            EnumSet.of(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_READ, GROUP_EXECUTE),
            EnumSet.of(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_READ));

    static final String SETTING = "mset.data-dir-permissions";

    private final String value;
    private final Set<PosixFilePermission> folder;
    private final Set<PosixFilePermission> filesMayKeep;

    DataFolderAccess(String value, Set<PosixFilePermission> folder, Set<PosixFilePermission> filesMayKeep) {
        this.value = value;
        this.folder = folder;
        this.filesMayKeep = filesMayKeep;
    }

    /** The access the setting asks for; a value it does not know stops the start, saying the two it does. */
    static DataFolderAccess of(Environment environment) {
        String given = environment.getProperty(SETTING, OWNER_ONLY.value).trim();
        return Arrays.stream(values())
                .filter(access -> access.value.equals(given))
                .findFirst()
                .orElseThrow(() -> new StartRefusedException(SETTING + ": '" + given + "' is neither "
                        + Arrays.stream(values()).map(access -> access.value).collect(Collectors.joining(" nor "))
                        + "; write one of those (docs/operations.md, File permissions); nothing was started."));
    }

    /** The permissions a data folder is given: all for its owner, reading and listing for the group if asked. */
    Set<PosixFilePermission> folder() {
        return EnumSet.copyOf(folder);
    }

    /** The permissions a file the service makes in such a folder is given: those a file may keep, less running it. */
    Set<PosixFilePermission> newFile() {
        Set<PosixFilePermission> given = EnumSet.copyOf(filesMayKeep);
        given.remove(OWNER_EXECUTE);
        return given;
    }

    /** What a file in it keeps of the permissions it has: never more than it had, never others' or a write by the group. */
    Set<PosixFilePermission> fileKeeps(Set<PosixFilePermission> had) {
        Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
        kept.addAll(had);
        kept.retainAll(filesMayKeep);
        return kept;
    }

    @Override
    public String toString() {
        return value;
    }
}
