/**
 * The working facts of one evaluation: what the rules start from (the child, episodes, evidence) and
 * every finding they insert on the way to a level. Plain classes with getters, as the engine reads them.
 */
package org.msettriage.rules.facts;
