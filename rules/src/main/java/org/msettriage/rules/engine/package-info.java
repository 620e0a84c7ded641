/**
 * Loads a ruleset (DRL and policy tables), compiles it once into a KIE base, and evaluates referrals
 * in a fresh stateless session each, recording which rules fired and what they found.
 */
package org.msettriage.rules.engine;
