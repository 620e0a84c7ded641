/** Keeping personal data out of the logs, whatever level an operator sets, and a refused start's log short. */
package org.msettriage.service.logging;
