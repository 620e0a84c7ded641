/**
 * Scenario files (a referral and the decision fields it must produce) and the check of a decision
 * against them. Main code, not test code: besides the test harness, validating a candidate ruleset
 * (the policy lead's workflow) must prove it against the scenarios in the running service and offline.
 */
package org.msettriage.rules.scenario;
