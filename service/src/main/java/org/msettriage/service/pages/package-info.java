/**
 * The auditors' pages under {@code /audit}: server-rendered HTML with no script, one layout, signed in
 * with the auditor's API credential (see {@link org.msettriage.service.security.AuditPageSecurity}).
 */
package org.msettriage.service.pages;
