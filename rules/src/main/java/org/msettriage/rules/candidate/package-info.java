/**
 * What a policy lead does with a candidate ruleset before it serves: validate it (every problem, where
 * it is, and every scenario it breaks) and replay referrals through it beside the active ruleset to see
 * whose outcome it would change. Nothing here stores or serves a decision.
 */
package org.msettriage.rules.candidate;
