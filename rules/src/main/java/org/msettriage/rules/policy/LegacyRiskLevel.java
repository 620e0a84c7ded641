package org.msettriage.rules.policy;

/**
 * The older three-level scale a score band maps to (policy section 3, {@code legacy_level} in
 * score-bands.csv), as the contract's {@code legacyRiskLevel} allows it.
 */
public enum LegacyRiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
