/**
 * Policy v1.1, section 11: the MSET panel's meetings, for the partnership's coordinator. A meeting is
 * stored; its agenda is worked out from the decisions when it is read (the children to hear, then the
 * people, vehicles and places named about more than one child), and every decision it shows is recorded
 * in the access log.
 */
package org.msettriage.service.panel;
