package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.msettriage.service.security.Area;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.SecuritySettings;
import org.msettriage.service.security.SignInDestination;
import org.msettriage.service.security.SignInRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in form, and the form again after a refusal. The security filter checks what was typed
 * before this is reached; this only shows the outcome, and never the credential (it is not put back
 * into the form, nor into the model).
 */
@Controller
class SignInPage {

    private static final String VIEW = "audit/sign-in";
    /**
     * The footer's sentence: the form serves every area's readers, not only auditors; pages outside any
     * reader's area wear it too ({@link ReaderArea}).
     */
    static final String FOOTER = "sign-in";

    private final boolean tokensAccepted;

    SignInPage(SecuritySettings settings) {
        this.tokensAccepted = settings.jwt().enabled();
    }

    /** The form; {@code next} is the page that sent the browser here, kept only when it is one of ours. */
    @GetMapping(AuditPageSecurity.SIGN_IN)
    ModelAndView form(
            @RequestParam(name = SignInDestination.FIELD, required = false) String next,
            @RequestParam(name = SignInDestination.UNSENT, required = false) String unsent,
            @RequestParam(name = SignInDestination.SIGNED_OUT, required = false) String signedOut) {
        Map<String, Object> model = model(next);
        SignInDestination.allowed(next).ifPresent(page -> model.put("next", page));
        // A form sent while not signed in (its session ended): say that nothing of it was done.
        model.put("unsent", "true".equals(unsent));
        model.put("signedOut", "true".equals(signedOut));
        return new ModelAndView(VIEW, model, HttpStatus.OK);
    }

    /** Reached only when the filter refused the credential: a good one has been redirected already. */
    @PostMapping(AuditPageSecurity.SIGN_IN)
    ModelAndView refused(
            HttpServletRequest request, @RequestParam(name = SignInDestination.FIELD, required = false) String next) {
        SignInRefusal refusal = SignInRefusal.of(request).orElse(SignInRefusal.NOT_ACCEPTED);
        Map<String, Object> model = model(next);
        model.put("refusal", refusal.name());
        SignInDestination.allowed(next).ifPresent(page -> model.put("next", page));
        return new ModelAndView(VIEW, model, refusal.status());
    }

    /**
     * What the form shows whether refused or not; the readers named from the roles the form takes. Its
     * header and title name the area of the page asked for, when one was, and else the service alone:
     * the form serves every area's readers, not only auditors.
     */
    private Map<String, Object> model(String next) {
        return new HashMap<>(Map.of(
                "shownArea",
                areaAsked(next),
                "tokensAccepted",
                tokensAccepted,
                "footer",
                FOOTER,
                "unsent",
                false,
                "signedOut",
                false,
                "readers",
                SignInReaders.introduction(),
                "credentials",
                SignInReaders.credentials()));
    }

    /** The word of the area the page asked for lies in ("panel"), or "" when none was or it is no page of ours. */
    static String areaAsked(String next) {
        return SignInDestination.allowed(next)
                .map(page -> page.split("[?#]", 2)[0])
                .flatMap(Area::at)
                .map(Area::word)
                .orElse("");
    }

    /**
     * A sign-in held back because too many credentials were refused from this address or with this key in
     * the last minute; the throttle forwards here having set Retry-After.
     */
    @RequestMapping(AuditPageSecurity.HELD_BACK)
    ModelAndView heldBack(HttpServletRequest request) {
        Object seconds = request.getAttribute(AuditPageSecurity.HELD_BACK_SECONDS);
        return new ModelAndView(
                "audit/held-back",
                Map.of("seconds", seconds instanceof Long held ? held : 60L),
                HttpStatus.TOO_MANY_REQUESTS);
    }
}
