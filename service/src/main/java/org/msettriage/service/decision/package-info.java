/** The durable decision store, and reading decisions back exactly as they were answered. */
package org.msettriage.service.decision;
