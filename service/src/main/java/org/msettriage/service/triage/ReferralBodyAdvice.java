package org.msettriage.service.triage;

import java.io.IOException;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.problem.ReadBody;
import org.msettriage.service.problem.Utf8Bytes;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Validates a referral body before Spring binds it, so that a bad referral is refused with every
 * problem named (Jackson alone would stop at the first, or quietly accept unknown fields). Web edge: it
 * reads the body as the contract's request model.
 */
@ControllerAdvice
class ReferralBodyAdvice extends RequestBodyAdviceAdapter {

    private final ReferralValidation validation;
    private final ActiveRuleset ruleset;

    ReferralBodyAdvice(ReferralValidation validation, ActiveRuleset ruleset) {
        this.validation = validation;
        this.ruleset = ruleset;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == TriageRequestDto.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        Utf8Bytes.checkDeclared(input.getHeaders(), body);
        check(body, input);
        return new ReadBody(body, input.getHeaders());
    }

    /** No body at all: refused as an empty one, and a bad Idempotency-Key named beside it, as with any body. */
    @Override
    public Object handleEmptyBody(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(new byte[0], input);
        return body;
    }

    private void check(byte[] body, HttpInputMessage input) {
        // Every problem is named here, before binding, the Idempotency-Key's with the body's; the controller
        // checks again what depends on the time and the ruleset, with the ones the decision is made with.
        List<ParameterProblem> header =
                IdempotencyKeyHeader.problems(input.getHeaders().getOrEmpty(IdempotencyKeyHeader.NAME));
        try {
            validation.read(body, OffsetDateTime.now(ZoneOffset.UTC), ruleset.engine());
        } catch (InvalidRequestException refused) {
            throw refused.alsoNaming(header);
        }
        if (!header.isEmpty()) {
            throw new InvalidParametersException(header);
        }
    }
}
