package org.msettriage.service.security;

/**
 * Whether the interactive API viewer (/api/docs) is served, to anyone: on by default only while the
 * published demo keys are configured (anyone can call such a service anyway), off otherwise unless
 * {@code mset.api-docs.viewer} says so. The document itself is always at /api/v1/openapi.yaml for any
 * authenticated caller.
 */
public record ApiViewerAccess(boolean enabled) {}
