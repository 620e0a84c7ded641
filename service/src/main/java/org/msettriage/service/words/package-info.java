/**
 * Words for codes: the one table every page, printout and report reads codes through; and the running head
 * a printout carries in its margins, made of such words.
 */
package org.msettriage.service.words;
