package org.msettriage.service.pages;

import org.msettriage.service.security.Area;

/**
 * The footer's sentence, saying whom the pages are for, as the shared footer (templates/site.html) asks
 * for it by the area's word: an area's own from its {@link Area}; the sign-in form's ({@link
 * SignInPage#FOOTER}), which names every area's readers, for that form and for a page of no reader's area.
 * Public only for the templates, which call it statically as the layouts name the area in a word.
 */
public final class PageFooter {

    private PageFooter() {}

    /** "These pages are for auditors." for "audit"; the sign-in form's sentence for any other word. */
    public static String sentence(String area) {
        return Area.named(area).map(Area::footer).orElseGet(SignInReaders::footer);
    }
}
