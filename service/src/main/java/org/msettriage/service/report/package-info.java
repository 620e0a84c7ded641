/** Aggregate figures over stored decisions for analysts, with small counts withheld. */
package org.msettriage.service.report;
