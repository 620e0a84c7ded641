package org.msettriage.service.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An authenticated client: how it proved who it is, its name (the configured client name, or the JWT
 * subject) and its roles. This identity is stored with every decision the client asks for.
 */
public record Caller(Method method, String name, Set<Role> roles) {

    /** How the caller authenticated; part of its identity, so an API client and a token subject never collide. */
    public enum Method {
        API_KEY,
        JWT
    }

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller as the record names it: sign-in method and name, for example API_KEY:demo-policy-lead. */
    public String qualifiedName() {
        return qualifiedName(method.name(), name);
    }

    /** A stored caller (method and name columns) as the record names it; null when none was stored. */
    public static String qualifiedName(String method, String name) {
        return method == null ? null : method + ":" + name;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The caller of the current request. Only ever called behind the access rules, so a request that gets
     * here without an authenticated caller is a wiring fault, not a client error.
     */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("No authenticated caller for this request");
    }
}
