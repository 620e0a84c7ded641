/**
 * Shadow mode: a candidate ruleset decides every live referral too, after the caller has its answer, and
 * where it differs from the active ruleset the difference is recorded for the policy lead.
 */
package org.msettriage.service.shadow;
