package org.msettriage.service.impact;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread impact jobs replay on, as a Spring executor so that it stops with the application. A
 * replay can take minutes, so shutdown does not wait for it: the thread is interrupted, and the job is
 * marked failed for the policy lead to start again.
 */
@Configuration(proxyBeanMethods = false)
class ImpactExecutor {

    @Bean
    ThreadPoolTaskExecutor impactReplays() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("impact-replay-");
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
