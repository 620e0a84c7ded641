package org.msettriage.service.pages;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;

/** Counts the container's live sessions, for tests that must see none made. */
@TestConfiguration
class SessionCount {

    private static final AtomicInteger LIVE = new AtomicInteger();

    static int live() {
        return LIVE.get();
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionListener> sessionCounter() {
        return new ServletListenerRegistrationBean<>(new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                LIVE.incrementAndGet();
            }

            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                LIVE.decrementAndGet();
            }
        });
    }
}
