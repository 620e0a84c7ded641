package org.msettriage.service.triage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Two case systems' keys: the demo one ({@code demo-case-system-key}) and a second
 * ({@code second-case-system-key}), to show what is each client's own. One annotation, so that the test
 * classes using it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
        properties = {
            "mset.security.api-clients[0].name=demo-case-system",
            "mset.security.api-clients[0].role=CASE_SYSTEM",
            "mset.security.api-clients[0].key-sha256=3c336162adcbec82ca46014b0906d4527431e2aee2fa972b5d03acacb0434ff2",
            "mset.security.api-clients[1].name=second-case-system",
            "mset.security.api-clients[1].role=CASE_SYSTEM",
            "mset.security.api-clients[1].key-sha256=64079a5cf758c6830035c94918864e4b7e1a8cc7f40502adf8272079863ff2ea"
        })
@interface TwoCaseSystems {}
