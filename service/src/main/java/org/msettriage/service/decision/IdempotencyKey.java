package org.msettriage.service.decision;

/** A client's Idempotency-Key as stored: HMACs of the client and key, and of the request body. */
public record IdempotencyKey(String keyHash, String requestHash) {}
