package org.msettriage.service.triage;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.msettriage.api.model.TriageBatchRequestDto;
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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads a batch body before Spring binds it: binding would fail the whole batch on one bad referral,
 * where each referral is to be refused on its own. The referrals as read are kept for the controller
 * ({@link #items()}), and Spring binds an empty batch in their place.
 */
@ControllerAdvice
class BatchBodyAdvice extends RequestBodyAdviceAdapter {

    private static final String ITEMS = BatchBodyAdvice.class.getName() + ".items";
    private static final byte[] BOUND_INSTEAD = "{\"referrals\":[]}".getBytes(StandardCharsets.UTF_8);

    private final BatchValidation validation;
    private final ActiveRuleset ruleset;

    BatchBodyAdvice(BatchValidation validation, ActiveRuleset ruleset) {
        this.validation = validation;
        this.ruleset = ruleset;
    }

    /** The referrals of the batch this request carries, as {@link BatchValidation} read them. */
    @SuppressWarnings("unchecked")
    static List<BatchValidation.Item> items() {
        Object items =
                RequestContextHolder.currentRequestAttributes().getAttribute(ITEMS, RequestAttributes.SCOPE_REQUEST);
        if (items == null) {
            throw new IllegalStateException("The batch body was not read by BatchBodyAdvice");
        }
        return (List<BatchValidation.Item>) items;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == TriageBatchRequestDto.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        // A bad Idempotency-Key is named with the body's problems when the batch is refused whole, as a single
        // referral's is.
        List<ParameterProblem> header =
                IdempotencyKeyHeader.problems(input.getHeaders().getOrEmpty(IdempotencyKeyHeader.NAME));
        byte[] body = input.getBody().readAllBytes();
        Utf8Bytes.checkDeclared(input.getHeaders(), body);
        List<BatchValidation.Item> items;
        try {
            items = validation.read(body, OffsetDateTime.now(ZoneOffset.UTC), ruleset.engine());
        } catch (InvalidRequestException refused) {
            throw refused.alsoNaming(header);
        }
        if (!header.isEmpty()) {
            throw new InvalidParametersException(header);
        }
        RequestContextHolder.currentRequestAttributes().setAttribute(ITEMS, items, RequestAttributes.SCOPE_REQUEST);
        return new ReadBody(BOUND_INSTEAD, input.getHeaders());
    }
}
