package org.msettriage.service.shadow;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread shadow comparisons run on, as a Spring executor so that it stops with the application:
 * comparisons already queued are recorded (for up to five seconds) before the database closes.
 */
@Configuration(proxyBeanMethods = false)
class ShadowExecutor {

    @Bean
    ThreadPoolTaskExecutor shadowComparisons() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        // Bounded: in a burst beyond what one thread keeps up with, a comparison is refused, never queued.
        executor.setQueueCapacity(ShadowRunner.QUEUE);
        executor.setThreadNamePrefix("shadow-ruleset-");
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        return executor;
    }
}
