package org.msettriage.service.logging;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Installs {@link PayloadLogGuard} as soon as Spring Boot has configured logging, for every application the
 * jar starts: the service, whose database migrations and key checks log before the guard's bean exists,
 * and the command line's configuration-only contexts, which have no such bean at all. Configuring logging
 * stops logback's context, which forgets every filter and listener, so the guard cannot be put in place
 * any earlier; before this point Spring Boot lets nothing through.
 */
public class GuardOnceLoggingIsConfigured implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        PayloadLogGuard.installNow();
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
