/**
 * The tunable policy: the plain tables a policy lead edits (indicators, points, bands, override levels,
 * settings, actions), read from a ruleset folder and inserted into every evaluation as facts.
 */
package org.msettriage.rules.policy;
