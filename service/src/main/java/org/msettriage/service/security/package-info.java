/**
 * Who may do what. Callers prove who they are with a bearer credential (an API key or a JWT), both
 * become one {@link org.msettriage.service.security.Caller} with one or more {@link
 * org.msettriage.service.security.Role}s, and {@link org.msettriage.service.security.AccessRules} names
 * the roles that own each operation. Anything not named there is refused. The auditors' pages under
 * {@code /audit} have a chain of their own ({@link org.msettriage.service.security.AuditPageSecurity}):
 * an auditor signs in there once with the same credential, and a session carries the sign-in.
 */
package org.msettriage.service.security;
