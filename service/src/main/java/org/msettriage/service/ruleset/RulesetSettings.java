package org.msettriage.service.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where rules come from. {@code location}: a ruleset folder on disk to serve at first start instead of
 * the packaged ruleset. {@code candidates}: the folder under which a policy lead may name a candidate
 * folder by path for validation. {@code scenarios}: a folder of scenario files every candidate is
 * checked against; empty means the scenarios packaged with the service (test-data/scenarios).
 */
@ConfigurationProperties("mset.rules")
public record RulesetSettings(String location, String candidates, String scenarios) {}
