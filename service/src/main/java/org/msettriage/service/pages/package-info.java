/**
 * The readers' pages, one area for each role that has them ({@link org.msettriage.service.security.Area}):
 * the auditors', the policy leads' rules workbench, the MSET coordinator's panel pages and the analysts'
 * dashboard. Server-rendered HTML on one layout, signed in with the reader's API credential (see {@link
 * org.msettriage.service.security.AuditPageSecurity}).
 */
package org.msettriage.service.pages;
