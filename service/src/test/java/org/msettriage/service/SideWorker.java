package org.msettriage.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the others, on JUnit's second worker (see junit-platform.properties), while
 * the rest run one after another on the first. Only for a class that mostly waits, on service processes of
 * its own or on leases running out, and shares nothing with other tests but the test PostgreSQL server,
 * where it has a database of its own (and an identity provider of its own: {@code
 * TestIdentityProvider.ofItsOwn()}). The classes so marked hold one lock, so they take turns, and each
 * class's own tests run one after another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("side-worker")
public @interface SideWorker {}
