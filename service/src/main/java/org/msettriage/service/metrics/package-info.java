/**
 * What operators scrape at /actuator/prometheus: decisions by outcome and ruleset, triage latency, the
 * group commit's batches, the seal lag, ruleset validations and activations. Tags carry codes and
 * versions only, never anything about a child.
 */
package org.msettriage.service.metrics;
