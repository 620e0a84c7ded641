package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The pages' form token, taken from the form's body or a header as Spring's own handler takes it, but never
 * from the address: a form sent to {@code ...?_csrf=...} is refused as a form without its token. Spring reads
 * the servlet's parameters, which include the query string; a token kept in an address is kept by
 * histories and proxies' logs with the page it opens (a security trial's finding).
 */
final class FormTokenOutOfTheAddress implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler spring = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        spring.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (QueryNames.named(request, token.getParameterName())) {
            return null;
        }
        return spring.resolveCsrfTokenValue(request, token);
    }
}
