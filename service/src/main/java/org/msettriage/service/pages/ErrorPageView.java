package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.msettriage.service.problem.RequestLimits;
import org.msettriage.service.security.Caller;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page a browser is shown (templates/error.html) in the reader's own area, linking to their own
 * home page: it wore the auditors' layout and linked every reader to the audit home page, which refuses
 * all but auditors. Boot's error model (status and time only, never a message or trace) is kept.
 */
@Component
class ErrorPageView implements ErrorViewResolver {

    private final RequestLimits limits;
    private final PageTimes times;

    ErrorPageView(RequestLimits limits, PageTimes times) {
        this.limits = limits;
        this.times = times;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> error) {
        Map<String, Object> model = new HashMap<>(error);
        model.putAll(ReaderArea.of(signedIn(request)));
        // What a file sent from a page may weigh, for the page that refuses a larger one in words.
        model.put("maxUploadWords", UploadLimitWords.of(limits.maxBodyBytes()));
        // The time in the partnership's zone, named, as every page's; given here, since an error page is
        // rendered where the template may not reach the application's beans.
        model.put("time", times.at(error.get("timestamp"), "d MMMM yyyy, HH:mm:ss"));
        return new ModelAndView("error", model, status);
    }

    /**
     * The reader signed in, from the security context, or else from their session: a request refused before
     * the security filters ran (a file over the size limit) reaches this page without a context, and its
     * reader would otherwise be sent to the sign-in page, out of their own area.
     */
    private static Caller signedIn(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        // The error dispatch runs its own filters, which see no signed-in reader and make an anonymous one.
        boolean reader = authentication != null && authentication.getPrincipal() instanceof Caller;
        if (!reader
                && session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext saved) {
            authentication = saved.getAuthentication();
        }
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }
}
