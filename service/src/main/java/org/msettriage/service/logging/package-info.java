/** Keeping personal data out of the logs, whatever level an operator sets. */
package org.msettriage.service.logging;
