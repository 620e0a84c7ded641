package org.msettriage.rules.facts;

import java.util.List;

/** One explanation entry: the rule that contributed, its sentence with the facts filled in, codes and points. */
public record Reason(String ruleId, String text, List<String> codes, int points) {}
