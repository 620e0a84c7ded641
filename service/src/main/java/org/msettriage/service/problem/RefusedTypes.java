package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A 406 problem when the Accept header refuses, with {@code q=0}, every type the operation answers in
 * (RFC 9110, section 12.4.2: a weight of 0 means "not acceptable"): {@code Accept: application/json;q=0}
 * on an operation that answers JSON. Spring matches media types without their weights, so it would
 * answer JSON anyway. A preference is still disregarded as {@link AnswersInTheirOwnType} says; only an
 * explicit refusal is refused.
 *
 * <p>Checked once the operation is chosen and the caller authenticated, and before the operation runs, so
 * a refused triage call stores nothing. A type is refused when the most specific media ranges of the
 * Accept header that match it all weigh 0 (so {@code application/json;q=0, *}{@code /*} refuses JSON);
 * a type the header does not name at all is not refused (that is a preference, answered as before).
 * Problems are not counted among an operation's types: the 406 itself is one.
 */
@Component
class RefusedTypes implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<String> headers = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (headers.isEmpty()) {
            return true;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(headers);
        } catch (InvalidMediaTypeException e) {
            // An Accept that cannot be read is answered as Spring answers it.
            return true;
        }
        if (ranges.stream().noneMatch(range -> range.getQualityValue() == 0)) {
            return true;
        }
        List<MediaType> own = ownTypes(request);
        if (!own.isEmpty() && own.stream().allMatch(type -> refused(type, ranges))) {
            throw new HttpMediaTypeNotAcceptableException(own);
        }
        return true;
    }

    /** The types the chosen operation answers in, problems aside; JSON when it declares none. */
    private static List<MediaType> ownTypes(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> producible)) {
            return List.of(MediaType.APPLICATION_JSON);
        }
        List<MediaType> own = new ArrayList<>();
        for (Object type : producible) {
            if (type instanceof MediaType media && !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(media)) {
                own.add(media);
            }
        }
        return own;
    }

    /** Whether the most specific ranges that match the type all give it a weight of 0. */
    static boolean refused(MediaType type, List<MediaType> ranges) {
        int specific = -1;
        boolean refused = false;
        for (MediaType range : ranges) {
            if (!range.includes(type)) {
                continue;
            }
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            boolean zero = range.getQualityValue() == 0;
            if (specificity > specific) {
                specific = specificity;
                refused = zero;
            } else if (specificity == specific) {
                // Ranges as specific as each other that disagree: the one that accepts it is taken.
                refused = refused && zero;
            }
        }
        return specific >= 0 && refused;
    }
}
