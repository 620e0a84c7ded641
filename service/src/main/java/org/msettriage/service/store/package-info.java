/** The database underneath every feature: when it fails, how callers are told, and how it comes back. */
package org.msettriage.service.store;
