package org.msettriage.rules.engine;

/**
 * A rule as the catalogue lists it: id, sentence name, file, explanation template and guidance. Its
 * position is its place in the ruleset read in file order: the files are listed in the order the policy
 * applies its steps, and each file in the order of its steps, so explanations are listed by position.
 */
public record RuleDescription(String id, String name, String file, String explanation, String guidance, int position) {}
