package org.msettriage.service.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where rules come from. {@code location}: a ruleset folder on disk to serve at first start instead of
 * the packaged ruleset. {@code candidates}: the folder under which a policy lead may name a candidate
 * folder by path for validation. {@code scenarios}: a folder of scenario files every candidate is
 * checked against; empty means the scenarios packaged with the service (test-data/scenarios).
 * {@code compiled}: the folder where each ruleset's compiled form is kept, so a restart or an activation
 * loads it rather than compiling again; empty keeps none.
 */
@ConfigurationProperties("mset.rules")
public record RulesetSettings(String location, String candidates, String scenarios, String compiled) {}
