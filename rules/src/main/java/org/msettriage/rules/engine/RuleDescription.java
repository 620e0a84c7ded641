package org.msettriage.rules.engine;

/**
 * A rule as the catalogue lists it: id, sentence name, file, explanation template and guidance. Its
 * position is its place in the order the policy applies its rules (by salience, then by place in its
 * file); explanations list their reasons in that order.
 */
public record RuleDescription(String id, String name, String file, String explanation, String guidance, int position) {}
