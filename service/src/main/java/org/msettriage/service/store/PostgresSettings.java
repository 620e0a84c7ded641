package org.msettriage.service.store;

import java.util.ArrayList;
import java.util.List;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The postgres profile's own settings, checked before anything is made: without them the connection pool
 * fails with "'url' must start with jdbc", naming none of them.
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
        List<String> problems =
                problems(environment.getProperty("mset.database.url"), environment.getProperty("mset.database.user"));
        if (!problems.isEmpty()) {
            throw new StartRefusedException("The postgres profile needs " + String.join(" and ", problems)
                    + " (as arguments, or as MSET_DATABASE_URL and MSET_DATABASE_USER).");
        }
    }

    static List<String> problems(String url, String user) {
        List<String> problems = new ArrayList<>();
        if (url == null || !url.strip().startsWith("jdbc:postgresql:")) {
            problems.add("mset.database.url, the database's JDBC URL: jdbc:postgresql://host:5432/name");
        }
        if (user == null || user.isBlank()) {
            problems.add("mset.database.user, the user that owns the database");
        }
        return problems;
    }
}
