package org.msettriage.service.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded database's folder, and the folder its backups are written to, from other users of
 * the machine ({@link DataFolderPermissions}), before anything opens the database: it runs ahead of every
 * bean, once every setting is known. Only the service does this; the command-line tools read a copy as
 * they find it. A folder the service may write but not change (owned by another user) is said and left.
 */
@Component
@ConditionalOnWebApplication
class DataFolderPrivacy implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DataFolderPrivacy.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Optional<Path> embedded = DataFolderCheck.embeddedDatabase(environment);
        if (embedded.isPresent()) {
            keepPrivate(embedded.get());
        }
    }

    private void keepPrivate(Path database) {
        DataFolderAccess access = DataFolderAccess.of(environment);
        Path folder = database.getParent();
        if (!DataFolderPermissions.kept(folder)) {
            log.info(
                    "The data folder's file system keeps no POSIX permissions, so the service leaves who may read"
                            + " {} and its backups to the operator (docs/operations.md, File permissions).",
                    folder);
            return;
        }
        String databaseFiles = database.getFileName() + ".";
        restrict(
                "The data folder",
                folder,
                access,
                file -> file.getFileName().toString().startsWith(databaseFiles));
        backupFolder().ifPresent(backups -> restrict("The backups folder", backups, access, file -> true));
    }

    private static void restrict(String named, Path folder, DataFolderAccess access, Predicate<Path> files) {
        try {
            DataFolderPermissions.restrict(named, folder, access, files).ifPresent(log::warn);
        } catch (IOException e) {
            log.warn(
                    "{} {} could not be kept from other users of this machine (it may be owned by another user);"
                            + " make it readable by the service's user only, as docs/operations.md, File permissions,"
                            + " says.",
                    named,
                    folder);
        }
    }

    private Optional<Path> backupFolder() {
        try {
            String folder = environment.getProperty("mset.backup.folder", "");
            return folder.isBlank()
                    ? Optional.empty()
                    : Optional.of(Path.of(folder).toAbsolutePath().normalize());
        } catch (IllegalArgumentException unresolved) {
            return Optional.empty();
        }
    }
}
