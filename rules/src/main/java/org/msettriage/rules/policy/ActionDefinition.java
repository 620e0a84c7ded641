package org.msettriage.rules.policy;

/** One row of actions.csv: a recommended action, who leads it, how soon, and its legal basis. */
public record ActionDefinition(String code, String leadAgency, String timescale, String title, String legalBasis) {}
