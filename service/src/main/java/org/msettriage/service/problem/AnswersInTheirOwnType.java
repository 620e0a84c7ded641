package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Sends an operation's answer in its own media type (a decision as {@code application/json}, the API
 * document as YAML), never as {@code application/problem+json}. Each operation also produces problems, so
 * a caller that accepts only problems, or names them first, would otherwise have a stored decision
 * labelled as an error, and a client that sorts answers by media type would read it as one. RFC 9110
 * (section 12.5.1) lets a server disregard an Accept it cannot meet rather than refuse, and refusing here
 * would come after the decision was stored. An Accept that refuses every own type outright ({@code q=0})
 * is refused by {@link RefusedTypes} before the operation runs, so this never meets it.
 */
@ControllerAdvice
class AnswersInTheirOwnType implements ResponseBodyAdvice<Object> {

    private final OperationAddress address;

    AnswersInTheirOwnType(OperationAddress address) {
        this.address = address;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selected,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            namedByItsPattern(problem, request);
            return body;
        }
        if (!MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(selected)
                || response.getHeaders().getContentType() != null) {
            // An answer whose handler set its type itself (the container's error answers).
            return body;
        }
        response.getHeaders().setContentType(ownType(returnType).orElse(MediaType.APPLICATION_JSON));
        return body;
    }

    /**
     * A problem names the operation asked for as every other problem does: by its pattern with its variables
     * by name, or nothing at a path no operation is served at. Spring gives the path as called, here after
     * it filled in one left out, so a 400 or a 409 named the meeting or decision id sent where a 401 or a 404
     * of the same operation named {@code %7BmeetingId%7D} (found in a panel coordinator's trial).
     */
    private void namedByItsPattern(ProblemDetail problem, ServerHttpRequest request) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            return;
        }
        HttpServletRequest asked = servlet.getServletRequest();
        if (asked.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod) {
            problem.setInstance(AddressWithoutValue.of(asked));
            return;
        }
        // Refused while the operation was chosen (a 406 for what Accept names), or by no operation at all.
        String operation = address.of(asked);
        problem.setInstance(operation == null ? null : URI.create(operation));
    }

    /** The first media type the operation declares that is not a problem's. */
    private static Optional<MediaType> ownType(MethodParameter returnType) {
        RequestMapping mapping = returnType.getMethod() == null
                ? null
                : AnnotatedElementUtils.findMergedAnnotation(returnType.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return Optional.empty();
        }
        return Arrays.stream(mapping.produces())
                .map(MediaType::parseMediaType)
                .filter(type -> !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(type))
                .findFirst();
    }
}
