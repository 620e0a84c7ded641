/**
 * Scenario files (a referral and the decision fields it must produce) and the check of a decision
 * against them: used by the test harness, and by anything that must prove a ruleset against test-data.
 */
package org.msettriage.rules.scenario;
