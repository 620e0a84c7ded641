/** Words for codes: the one table every page, printout and report reads codes through. */
package org.msettriage.service.words;
