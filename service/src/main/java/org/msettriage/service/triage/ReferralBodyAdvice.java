package org.msettriage.service.triage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.msettriage.api.model.TriageRequestDto;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Validates a referral body before Spring binds it, so that a bad referral is refused with every
 * problem named (Jackson alone would stop at the first, or quietly accept unknown fields).
 */
@ControllerAdvice
class ReferralBodyAdvice extends RequestBodyAdviceAdapter {

    private final ReferralValidation validation;
    private final RequestTime requestTime;

    ReferralBodyAdvice(ReferralValidation validation, RequestTime requestTime) {
        this.validation = validation;
        this.requestTime = requestTime;
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        requestTime.set(now);
        validation.read(body, now);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
