package org.msettriage.service.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.msettriage.service.security.Area;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every refusal of the pages (403), wherever it happened, said as what it was: a form whose token was
 * missing or out of date, or a page of another role. Every area's refusals come here, so the page wears
 * the signed-in reader's own area and sends them to their own home page, never to one that refuses them.
 */
@Controller
class RefusedPage {

    @RequestMapping(AuditPageSecurity.REFUSED)
    ModelAndView refused(HttpServletRequest request, @AuthenticationPrincipal Caller reader) {
        Map<String, Object> model = new HashMap<>(ReaderArea.of(reader));
        // The filter leaves what it refused for: a form token's fault, or the role (any other refusal).
        model.put("formRefused", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        if (reader != null) {
            model.put(
                    "pageReaders", Area.at(askedFor(request)).map(Area::readers).orElse("another role"));
        } else {
            // Signed out in another tab, a policy lead's form was refused under the auditors' header (a trial):
            // without a reader, the page wears the area of the form that was sent.
            Area.at(askedFor(request)).ifPresent(area -> model.put("area", area.word()));
        }
        return new ModelAndView("refused", model, HttpStatus.FORBIDDEN);
    }

    /** The address the refusal was forwarded from. */
    private static String askedFor(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        return asked instanceof String forwarded ? forwarded : request.getServletPath();
    }
}
