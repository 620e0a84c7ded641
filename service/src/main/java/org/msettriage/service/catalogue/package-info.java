/** The indicator and action catalogues of the active ruleset, for case systems to build their forms from. */
package org.msettriage.service.catalogue;
