/**
 * What auditors rely on: the keys that protect personal content at rest, the sealed chain that makes the
 * decision store tamper-evident and its verifier, the access log of every read, and the retention period.
 */
package org.msettriage.service.audit;
