package org.msettriage.service.security;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;

/**
 * The API's filter chain, for every request the auditor pages' chain ({@link AuditPageSecurity}) does
 * not take: bearer credentials only (no sessions, cookies, forms or basic authentication, so no CSRF
 * surface), the owner roles of {@link AccessRules}, and everything else refused.
 */
@Configuration
class SecurityConfig {

    private static final String HEALTH = "/actuator/health";
    private static final String INFO = "/actuator/info";
    private static final String PROMETHEUS = "/actuator/prometheus";

    /** Last: it matches every request, so a chain for some paths must come before it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain filterChain(
            HttpSecurity http,
            ApiKeys apiKeys,
            SecuritySettings settings,
            ObjectProvider<ProfileAccessRules> profileRules,
            FailedCredentials failures,
            KnownOperations operations)
            throws Exception {
        List<AccessRules.Rule> owned = owned(profileRules);
        SecurityProblems problems = new SecurityProblems(operations, failures);
        BearerCredentials credentials = new BearerCredentials(apiKeys, JwtCallers.provider(settings.jwt()));
        http.authorizeHttpRequests(access -> {
                    // Error dispatches carry a response already decided (and authorised) on the way in.
                    access.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    access.requestMatchers(HttpMethod.GET, HEALTH, HEALTH + "/**")
                            .permitAll();
                    access.requestMatchers(HttpMethod.HEAD, HEALTH, HEALTH + "/**")
                            .permitAll();
                    for (AccessRules.Rule rule : owned) {
                        // Path parameters are written {name}, as in the API document; Spring's patterns read them
                        // alike.
                        access.requestMatchers(rule.method(), rule.path()).hasAnyRole(names(rule.roles()));
                        if (rule.method() == HttpMethod.GET) {
                            // HEAD is GET without the body (RFC 9110), which MVC answers for every GET.
                            access.requestMatchers(HttpMethod.HEAD, rule.path()).hasAnyRole(names(rule.roles()));
                        }
                    }
                    access.anyRequest().denyAll();
                })
                .oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(
                                CredentialThrottle.notingKeysThatWork(credentials, failures))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(answerEveryFailureAsAProblem(problems)))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Before any credential is checked: an address or key prefix with too many refusals waits.
                .addFilterBefore(
                        new CredentialThrottle(
                                failures, CredentialThrottle::bearer, CredentialThrottle.problem(operations)),
                        BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .addFilter(ApiCors.filter(settings.cors().allowedOrigins(), operations))
                .headers(SecurityHeaders.withPolicy("default-src 'none'; frame-ancestors 'none'"));
        return http.build();
    }

    /**
     * Every operation served, so that a refusal can tell a wrong path (404) or method (405) from a role that may
     * not use the operation (403), and name the operation asked for rather than the path sent: the owned ones,
     * with health.
     */
    @Bean
    KnownOperations knownOperations(ObjectProvider<ProfileAccessRules> profileRules) {
        List<AccessRules.Rule> served = new ArrayList<>(owned(profileRules));
        served.add(new AccessRules.Rule("health", HttpMethod.GET, HEALTH + "/**", Set.of()));
        return new KnownOperations(served);
    }

    /**
     * Every operation with owner roles: the API document's, actuator's info and prometheus, and those only a
     * profile serves (none by default).
     */
    private static List<AccessRules.Rule> owned(ObjectProvider<ProfileAccessRules> profileRules) {
        List<AccessRules.Rule> owned = new ArrayList<>(AccessRules.OPERATIONS);
        owned.add(new AccessRules.Rule("info", HttpMethod.GET, INFO, AccessRules.ACTUATOR_INFO));
        owned.add(new AccessRules.Rule("prometheus", HttpMethod.GET, PROMETHEUS, AccessRules.ACTUATOR_PROMETHEUS));
        profileRules.orderedStream().forEach(extra -> owned.addAll(extra.rules()));
        return owned;
    }

    /**
     * By default a credential that cannot be checked at all (the identity provider's keys unreachable)
     * escapes the filter as an exception and the container answers with its own error page; this sends
     * every failure to the problem writer instead, which answers that case with a 503 problem.
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> answerEveryFailureAsAProblem(
            SecurityProblems problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(problems);
                failures.setRethrowAuthenticationServiceException(false);
                filter.setAuthenticationFailureHandler(failures);
                return filter;
            }
        };
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }
}
