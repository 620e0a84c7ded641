package org.msettriage.service.pages;

import org.msettriage.service.security.Area;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.PageSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The warning every signed-in page gives before its session ends without use, and the request that keeps
 * the session when the reader asks (WCAG 2.2.1, timing adjustable). An accessibility trial filled in a
 * plan on the agenda, was signed out without a word, and lost it. The layout's top (templates/site.html)
 * carries the timings and words; {@code session.js} shows them and sends the request. Public only for the
 * templates, which call it by its bean name.
 */
@Controller("sessionWarning")
public class SessionWarning {

    private final PageSettings settings;

    SessionWarning(PageSettings settings) {
        this.settings = settings;
    }

    /**
     * Keeps the session: a request like any page's, which is all a session's idle time counts. No content,
     * never cached; a reader whose session already ended is sent to sign in, as for any page.
     */
    @GetMapping("/{area:audit|rules|panel|analysis}/session")
    ResponseEntity<Void> keep() {
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    /**
     * What a signed-in reader's page needs to warn them: where it keeps the session (under their own area's
     * home), when to warn, when the session ends, and the words. Null for no one signed in, or a caller of
     * the API only. One value for the page to read, as the pages may not call a bean where they write an
     * attribute.
     */
    public Shown forReader(Caller reader) {
        if (reader == null) {
            return null;
        }
        return Area.of(reader)
                .map(area -> new Shown(
                        area.keepAlive(),
                        settings.warnAfterSeconds(),
                        settings.idleSeconds(),
                        "You have not used these pages for a while: your session ends in "
                                + inWords(settings.idleSeconds() - settings.warnAfterSeconds())
                                + " unless you stay signed in. Anything typed and not yet sent would then be lost.",
                        "Your session has most likely ended: these pages were not used for "
                                + inWords(settings.idleSeconds()) + " in this tab, and nothing more can be sent from"
                                + " this page unless they were used in another. Copy anything you typed and have not"
                                + " sent, then sign in again.",
                        "The service could not be reached to keep your session. Try again in a moment.",
                        "You are still signed in."))
                .orElse(null);
    }

    /** The warning as a page carries it. */
    public record Shown(
            String keepAt,
            long warnAfterSeconds,
            long endsAfterSeconds,
            String warning,
            String ended,
            String unreachable,
            String kept) {}

    static String inWords(long seconds) {
        if (seconds % 60 != 0) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = seconds / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
