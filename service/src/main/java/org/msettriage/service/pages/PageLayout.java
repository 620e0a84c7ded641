package org.msettriage.service.pages;

import org.msettriage.service.security.Caller;
import org.msettriage.service.security.PageSettings;
import org.msettriage.service.security.SessionWarnings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page (auditors', policy leads' and the MSET coordinator's) shows: who is signed in, and how long a session lasts idle. */
@ControllerAdvice(
        basePackageClasses = PageLayout.class,
        assignableTypes = org.msettriage.service.panel.PanelPages.class)
class PageLayout {

    private final PageSettings settings;
    private final SessionWarnings warnings;

    PageLayout(PageSettings settings, SessionWarnings warnings) {
        this.settings = settings;
        this.warnings = warnings;
    }

    /** The warning before the signed-in reader's session ends without use; null for no one signed in. */
    @ModelAttribute("sessionWarning")
    SessionWarnings.Shown sessionWarning(@AuthenticationPrincipal Caller caller) {
        return warnings.forReader(caller);
    }

    /** The signed-in auditor, or null on the pages shown before sign-in. */
    @ModelAttribute("auditor")
    Caller auditor(@AuthenticationPrincipal Caller auditor) {
        return auditor;
    }

    /** Whoever is signed in, auditor or policy lead; the rules workbench's layout names them. */
    @ModelAttribute("signedIn")
    Caller signedIn(@AuthenticationPrincipal Caller caller) {
        return caller;
    }

    @ModelAttribute("idleMinutes")
    long idleMinutes() {
        return settings.idleMinutes();
    }
}
