package org.msettriage.service.pages;

import java.util.HashMap;
import java.util.Map;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.SignInDestination;

/**
 * What a page shown outside any one area (a refusal, an error) needs to wear the reader's own area: its
 * header and footer, and a link to their own home page, never to one that would refuse them. A reader
 * not signed in gets the sign-in form's footer.
 */
final class ReaderArea {

    /** Each home page as its link reads. */
    private static final Map<String, String> HOMES = Map.of(
            AuditPageSecurity.HOME, "the audit home page",
            AuditPageSecurity.RULES_HOME, "Rulesets and proposals, your home page",
            AuditPageSecurity.PANEL_HOME, "the panel's meetings, your home page",
            AuditPageSecurity.ANALYSIS_HOME, "the analysts' dashboard, your home page");

    private ReaderArea() {}

    private static boolean hasPages(Caller reader) {
        return AuditPageSecurity.READERS.stream().anyMatch(reader::has);
    }

    /** The model's "area", "footer", "signedIn", and for a signed-in reader "home" and "homeName". */
    static Map<String, Object> of(Caller reader) {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", reader);
        if (reader == null || !hasPages(reader)) {
            // A caller of the API only (a case system's key) has no home among the pages.
            model.put("area", "audit");
            model.put("footer", "sign-in");
            model.put("everyone", SignInReaders.everyone());
            return model;
        }
        String home = SignInDestination.homeOf(reader);
        model.put("area", home.substring(1));
        model.put("footer", home.substring(1));
        model.put("home", home);
        model.put("homeName", HOMES.get(home));
        return model;
    }
}
