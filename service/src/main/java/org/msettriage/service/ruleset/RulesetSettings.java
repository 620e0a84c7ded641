package org.msettriage.service.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rules come from: a folder on disk when {@code location} is set, otherwise the ruleset
 * packaged with the service.
 */
@ConfigurationProperties("mset.rules")
public record RulesetSettings(String location) {}
