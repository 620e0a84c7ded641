package org.msettriage.service.store;

import java.util.Optional;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The database the settings name is the one the service opens, checked before anything is made. An
 * operator's trial of two instances started a third with mset.database.url but without the postgres
 * profile: the URL was ignored, and that instance stored its decisions in an H2 file of its own, which the
 * region's other instances, its auditors and its backups never saw, and served the packaged ruleset.
 */
@Component
class DatabaseChoiceCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    static final String POSTGRES = "postgres";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** Before the data folder is made ready (DataFolderPrivacy): a refused start leaves no folder behind. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean postgres = environment.matchesProfiles(POSTGRES);
        String datasourceUrl = setting("spring.datasource.url");
        Optional<String> missing = postgres ? PostgresSettings.refusal(datasourceUrl) : Optional.empty();
        missing.or(() -> problem(postgres, setting("mset.database.url"), datasourceUrl))
                .ifPresent(problem -> {
                    throw new StartRefusedException(problem);
                });
    }

    /** A setting as given, or null when it is not, or names another that is not (the profile's URL, missing). */
    private String setting(String name) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolved) {
            return null;
        }
    }

    static Optional<String> problem(boolean postgresProfile, String databaseUrl, String datasourceUrl) {
        boolean h2 = datasourceUrl != null && datasourceUrl.contains(":h2:");
        if (!postgresProfile && databaseUrl != null && !databaseUrl.isBlank()) {
            return Optional.of("mset.database.url is set, but the postgres profile is not active, so the service"
                    + " would store decisions in its own H2 file under mset.data-dir, not in that database. Start"
                    + " with --spring.profiles.active=postgres (production,postgres in production), or leave"
                    + " mset.database.url out to use the embedded H2 file.");
        }
        if (!postgresProfile && datasourceUrl != null && !h2) {
            return Optional.of("spring.datasource.url names a database other than the embedded H2 file, but the"
                    + " postgres profile is not active. Start with --spring.profiles.active=postgres and give the"
                    + " database as mset.database.url.");
        }
        if (postgresProfile && h2) {
            // Named as the operator gave it: through mset.database.url, or spring.datasource.url directly.
            String given =
                    databaseUrl != null && databaseUrl.contains(":h2:") ? "mset.database.url" : "spring.datasource.url";
            return Optional.of("The postgres profile is active, but " + given + " names an H2 database: give the"
                    + " PostgreSQL database as mset.database.url (jdbc:postgresql://host:5432/name)"
                    + (given.equals("spring.datasource.url") ? ", and leave spring.datasource.url out." : "."));
        }
        return Optional.empty();
    }
}
