/**
 * Impact jobs: past referrals (stored decisions' requests and the scenarios) replayed through the active
 * ruleset and a candidate, on a background thread, with progress and a report; no decision is stored.
 */
package org.msettriage.service.impact;
