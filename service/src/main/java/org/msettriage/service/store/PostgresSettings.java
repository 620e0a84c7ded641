package org.msettriage.service.store;

import java.util.Optional;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The postgres profile's database URL, checked before anything is made: without it the connection pool
 * fails with "'url' must start with jdbc", naming no setting. (A user may be given in the URL itself, so
 * only the URL is required here.)
 */
@Component
@Profile("postgres")
class PostgresSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // The URL as the pool will read it: mset.database.url through application-postgres.yml, or
        // spring.datasource.url given directly (which the bench scripts and some operators do).
        String url;
        try {
            url = environment.getProperty("spring.datasource.url");
        } catch (IllegalArgumentException unresolved) {
            url = null;
        }
        problem(url).ifPresent(problem -> {
            throw new StartRefusedException("The postgres profile needs " + problem
                    + " (as an argument, or as MSET_DATABASE_URL), with mset.database.user and"
                    + " mset.database.password.");
        });
    }

    static Optional<String> problem(String url) {
        if (url == null || url.isBlank() || !url.strip().startsWith("jdbc:")) {
            return Optional.of("mset.database.url, the database's JDBC URL: jdbc:postgresql://host:5432/name");
        }
        return Optional.empty();
    }
}
