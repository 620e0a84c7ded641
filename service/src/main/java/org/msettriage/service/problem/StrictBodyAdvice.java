package org.msettriage.service.problem;

import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every API body but the referral's (which has checks of its own) as the contract writes it:
 * {@code additionalProperties: false}, each field once, dates as dates. Spring's reader is lenient, so a
 * feedback with a misspelt field was stored without it, a subject access body naming {@code childRef}
 * twice exported the second child, and a meeting's {@code heldOn} of a date and time kept only the date.
 * The body is checked by a strict reader first and then bound as usual: a refusal names the field.
 */
@ControllerAdvice
class StrictBodyAdvice extends RequestBodyAdviceAdapter {

    private static final String CONTRACT_MODELS = "org.msettriage.api.model.";
    /** Read by their own advice, which names every problem at once. */
    private static final String REFERRAL = CONTRACT_MODELS + "TriageRequestDto";

    private static final String BATCH = CONTRACT_MODELS + "TriageBatchRequestDto";

    private final JsonMapper strict;

    StrictBodyAdvice(JsonMapper json) {
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultLeniency(false)
                .build();
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type
                && type.getName().startsWith(CONTRACT_MODELS)
                && !type.getName().equals(REFERRAL)
                && !type.getName().equals(BATCH);
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
        Utf8Bytes.check(body);
        try {
            strict.readValue(body, (Class<?>) targetType);
        } catch (JacksonException refused) {
            throw new HttpMessageNotReadableException("The body is not as the contract writes it", refused, input);
        }
        return new ReadBody(body, input.getHeaders());
    }
}
