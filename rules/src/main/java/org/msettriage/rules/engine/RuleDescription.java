package org.msettriage.rules.engine;

/** A rule as the catalogue lists it: id, sentence name, file, explanation template and guidance. */
public record RuleDescription(String id, String name, String file, String explanation, String guidance) {}
