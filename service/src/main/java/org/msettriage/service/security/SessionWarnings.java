package org.msettriage.service.security;

import org.springframework.stereotype.Component;

/**
 * The warning every signed-in page gives before its session ends without use, and what keeps the session
 * (WCAG 2.2.1, timing adjustable): an accessibility trial filled in a plan on the agenda, was signed out
 * without a word, and lost it. The pages' layouts give it to the shared top (templates/site.html) as the
 * model's {@code sessionWarning}; {@code session.js} shows it and sends the request that keeps the session.
 */
@Component
public class SessionWarnings {

    private final PageSettings settings;

    SessionWarnings(PageSettings settings) {
        this.settings = settings;
    }

    /**
     * What a signed-in reader's page needs to warn them: where it keeps the session (under their own area's
     * home), when to warn, when the session ends, and the words. Null for no one signed in, or a caller of
     * the API only.
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
