/**
 * Online backups for operators: a consistent copy of the embedded H2 database, taken while the service
 * runs, whose chain ends at a head it answers so the copy can be verified offline.
 */
package org.msettriage.service.backup;
