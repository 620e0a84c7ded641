package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.msettriage.rules.referral.FreeText;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API query parameter the operation does not take is a 400 problem naming it, never ignored: an auditor
 * who writes {@code ?childRef=} where the contract asks for a header would otherwise be answered every
 * decision, unfiltered, with the child's reference left in the address and in every proxy's log. Checked
 * after authentication (a caller without a credential still gets 401 first), against the parameters the
 * operation declares. A parameter given twice, or without a value, is refused the same way.
 */
@Component
class UndeclaredParameters implements WebMvcConfigurer, HandlerInterceptor {

    /** Names that carry a reference to a child or a referral, which the API takes only in headers. */
    private static final Set<String> REFERENCES = Set.of("childref", "referralid", "referralref", "child", "referral");

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Most calls (every triage call among them) have no query string: nothing to look at.
        if (request.getQueryString() == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (declaresAll(method)) {
            refuseRepeatedOrWithoutValue(request);
            return true;
        }
        Set<String> declared = Arrays.stream(method.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestParam.class))
                .map(UndeclaredParameters::nameOf)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<ParameterProblem> problems = new ArrayList<>();
        for (String name : new TreeSet<>(request.getParameterMap().keySet())) {
            if (!declared.contains(name)) {
                problems.add(new ParameterProblem(SentNames.shown(name), message(name, declared)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        // Only once every name is one the operation takes: "childRef is given twice" would invite the
        // reference into the address once.
        refuseRepeatedOrWithoutValue(request);
        return true;
    }

    /**
     * No operation of the API takes a parameter more than once ({@link RepeatedParameters}), nor one without
     * a value: Spring reads {@code ?riskLevel=} as no filter at all, so a client that builds the address
     * from an empty variable was answered every decision, unfiltered (an integrator's trial).
     */
    private static void refuseRepeatedOrWithoutValue(HttpServletRequest request) {
        RepeatedParameters.refuse(request, request.getParameterMap().keySet());
        List<ParameterProblem> empty = new ArrayList<>();
        for (String name : new TreeSet<>(request.getParameterMap().keySet())) {
            // Blank too: ?riskLevel=%20 was read as no filter as well (the review of this check).
            if (FreeText.isBlank(request.getParameter(name))) {
                empty.add(new ParameterProblem(
                        SentNames.shown(name),
                        "is given without a value; leave it out for the operation's default, or give a value"));
            }
        }
        if (!empty.isEmpty()) {
            throw new InvalidParametersException(empty);
        }
    }

    /** The name a parameter is taken by: the annotation's, or else the method parameter's own (as Spring reads it). */
    private static String nameOf(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (!annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (!annotation.value().isEmpty()) {
            return annotation.value();
        }
        MethodParameter named = parameter.withContainingClass(parameter.getContainingClass());
        named.initParameterNameDiscovery(NAMES);
        return named.getParameterName();
    }

    /** An operation that takes every parameter as a map has none to refuse. */
    private static boolean declaresAll(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    private static String message(String name, Set<String> declared) {
        if (REFERENCES.contains(name.toLowerCase(Locale.ROOT))) {
            return "is not a parameter of this operation: a child's or a referral's reference is never sent in"
                    + " the address (see the operation's headers); nothing was looked up";
        }
        String takes =
                declared.isEmpty() ? "which takes none" : "which takes " + String.join(", ", new TreeSet<>(declared));
        return SentNames.repeatable(name)
                ? "is not a parameter of this operation, " + takes
                : "a parameter named other than in letters and digits (its name is not repeated) is not one of this"
                        + " operation, " + takes;
    }
}
