package org.msettriage.service.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Refusals made below Spring MVC, answered as problems too: Tomcat's (a path it cannot decode) through
 * {@link ProblemErrorReportValve}, what reaches the container's error dispatch (a TRACE) through
 * {@link ContainerErrorAnswers}, and Spring Security's firewall (an encoded dot segment, say), which
 * would otherwise send Boot's error JSON without a type.
 */
@Configuration
class ContainerProblems {

    /** After Boot's own customizer, which puts Tomcat's HTML error page on the host: this one replaces it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages(OperationAddress address) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemErrorReportValve(address, context));
            // Or the host adds its default valve of that class name when it starts.
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** In place of Boot's error controller, which answers what reaches /error with JSON of its own. */
    @Bean
    BasicErrorController containerErrorAnswers(
            ErrorAttributes attributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            OperationAddress address) {
        return new ContainerErrorAnswers(
                attributes, web.getError(), resolvers.orderedStream().toList(), address);
    }

    private static String refusal(RequestRejectedException rejected) {
        if (rejected instanceof RequestFirewall.MalformedQuery) {
            return "The query string is not valid: every % must be followed by two hexadecimal digits."
                    + " Nothing was done with the request.";
        }
        if (rejected instanceof RequestFirewall.RepeatedHeader repeated) {
            return "The request carries more than one " + repeated.header() + " header; send it once."
                    + " Nothing was done with the request.";
        }
        if (RequestFirewall.refusedAHeader(rejected)) {
            return "A request header holds a control character or one that is not assigned; send printable"
                    + " text. Nothing was done with the request.";
        }
        return "The request's path is not one this service reads (an encoded separator, dot segment or"
                + " control character).";
    }

    /**
     * Whether the firewall refused the path itself (an encoded separator, a dot segment): such a path is read as
     * no operation's, so its problem names none.
     */
    private static boolean refusedThePath(RequestRejectedException rejected) {
        return !(rejected instanceof RequestFirewall.MalformedQuery)
                && !(rejected instanceof RequestFirewall.RepeatedHeader)
                && !RequestFirewall.refusedAHeader(rejected);
    }

    /** The error naming a header given twice, its fields in the contract's order. */
    private static Map<String, String> repeatedHeader(String header) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("parameter", header);
        error.put("message", "is given more than once; send it once");
        return error;
    }

    /** Picked up by Spring Security for every filter chain (see {@link RequestFirewall}). */
    @Bean
    HttpFirewall requestFirewall() {
        return new RequestFirewall();
    }

    @Bean
    RequestRejectedHandler firewallRefusalsAsProblems(OperationAddress address) {
        return (request, response, rejected) -> {
            if (response.isCommitted()) {
                return;
            }
            RefusalHeaders.apply(response);
            try {
                if (rejected instanceof RequestFirewall.UnknownMethod) {
                    ProblemDocument.write(
                            response,
                            address.of(request),
                            501,
                            ProblemTypes.NOT_IMPLEMENTED,
                            RequestFirewall.UNKNOWN_METHOD_TITLE,
                            RequestFirewall.UNKNOWN_METHOD_DETAIL);
                } else {
                    ProblemDocument.write(
                            response,
                            refusedThePath(rejected) ? null : address.of(request),
                            400,
                            ProblemTypes.INVALID_REQUEST,
                            "The request is not valid",
                            refusal(rejected),
                            rejected instanceof RequestFirewall.RepeatedHeader repeated
                                    ? List.of(repeatedHeader(repeated.header()))
                                    : List.of());
                }
            } catch (IOException e) {
                // The connection is gone: nothing more can be said on it.
            }
        };
    }
}
