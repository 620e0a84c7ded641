package org.msettriage.service.problem;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the service accepts beyond the policy's own limits. {@code maxBodyBytes}: larger bodies are refused
 * with 413 before they are parsed; {@code maxBatchBodyBytes} is the same for POST /api/v1/triage/batch, whose
 * body holds up to 1,000 referrals. {@code clockSkew}: how far ahead of this server's clock a given
 * assessedAt may be, since case systems stamp it with their own clock; further ahead is refused, because
 * windows counted back from a moment in the future would be wrong.
 */
@ConfigurationProperties("mset.request")
public record RequestLimits(
        @DefaultValue("1048576") long maxBodyBytes,
        @DefaultValue("33554432") long maxBatchBodyBytes,
        @DefaultValue("5m") Duration clockSkew) {

    public RequestLimits {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("mset.request.max-body-bytes must be at least 1");
        }
        if (maxBatchBodyBytes < 1) {
            throw new IllegalArgumentException("mset.request.max-batch-body-bytes must be at least 1");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("mset.request.clock-skew must not be negative, such as 5m");
        }
    }
}
