package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.msettriage.service.problem.RequestPaths;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.PageSettings;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that is no page, typed or followed by someone signed in to the auditors' pages, the rules
 * workbench, the panel's pages or the analysts' dashboard, is answered with that area's own "not found"
 * page (404), not with the API's JSON problem, which a browser shows as raw text. The API and anything not
 * asking for HTML are answered as before.
 */
@Component
class UnknownAddressPages implements WebMvcConfigurer, HandlerExceptionResolver {

    /** The areas with a "not found" page of their own, in their own layout. */
    private static final Set<String> AREAS = Set.of("audit", "rules", "panel", "analysis");

    private final PageSettings settings;

    UnknownAddressPages(PageSettings settings) {
        this.settings = settings;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, this);
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException)
                || !HttpMethod.GET.matches(request.getMethod())
                || !RequestPaths.asksForHtml(request)) {
            return null;
        }
        String path = RequestPaths.pathOf(request);
        String area = path.length() > 1 ? path.substring(1, Math.max(1, path.indexOf('/', 1))) : "";
        String template = AREAS.contains(area) && path.startsWith("/" + area + "/") ? area + "/not-found" : null;
        if (template == null) {
            return null;
        }
        Caller signedIn = signedIn();
        ModelAndView page = new ModelAndView(template);
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("message", "There is no page at this address. Choose one from the menu.");
        page.addObject("auditor", signedIn);
        page.addObject("signedIn", signedIn);
        page.addObject("idleMinutes", settings.idleMinutes());
        return page;
    }

    private static Caller signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }
}
