package org.msettriage.service.store;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work runs on Spring's scheduler rather than threads of its own, so that it stops with the
 * application context, in order, when the service shuts down.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}
