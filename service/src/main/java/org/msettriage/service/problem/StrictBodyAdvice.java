package org.msettriage.service.problem;

import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads every API body but the referral's (which has checks of its own) as the contract writes it:
 * {@code additionalProperties: false}, each field once, dates as dates. Spring's reader is lenient, so a
 * feedback with a misspelt field was stored without it, a subject access body naming {@code childRef}
 * twice exported the second child, and a meeting's {@code heldOn} of a date and time kept only the date.
 * As the referral's is, the body is checked whole before it is bound, and a refusal names every problem:
 * its shape (fields, types, codes, dates), then the contract's constraints on what is left, then the
 * feature's own {@link BodyChecks}. A binder stops at the first word it cannot read, so a plan's unknown
 * lead agency hid its other actions' problems.
 */
@ControllerAdvice
class StrictBodyAdvice extends RequestBodyAdviceAdapter {

    private static final String CONTRACT_MODELS = "org.msettriage.api.model.";
    /** Read by their own advice, which names every problem at once. */
    private static final String REFERRAL = CONTRACT_MODELS + "TriageRequestDto";

    private static final String BATCH = CONTRACT_MODELS + "TriageBatchRequestDto";

    private final JsonMapper strict;
    private final RequestShapeCheck shape;
    private final Validator validator;
    private final ObjectProvider<BodyChecks<?>> checks;

    StrictBodyAdvice(JsonMapper json, Validator validator, ObjectProvider<BodyChecks<?>> checks) {
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultLeniency(false)
                .build();
        this.shape = new RequestShapeCheck(strict.getTypeFactory());
        this.validator = validator;
        this.checks = checks;
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
        Class<?> model = (Class<?>) targetType;
        try {
            JsonNode tree = strict.readTree(body);
            if (tree instanceof ObjectNode object) {
                // Bound from the tree once checked, by the same strict reader: no second read of the body.
                refuseWithEveryProblem(object, model);
            } else {
                // JSON, but not an object (a list, a string, null, or no body at all): said so, as a referral's
                // is, rather than as JSON that cannot be read.
                throw new InvalidRequestException(List.of(new FieldProblem("", "the body must be a JSON object")));
            }
        } catch (JacksonException refused) {
            throw new HttpMessageNotReadableException("The body is not as the contract writes it", refused, input);
        }
        return new ReadBody(body, input.getHeaders());
    }

    /** Names every problem in the object at once, as an {@link InvalidRequestException}; returns if none. */
    private void refuseWithEveryProblem(ObjectNode object, Class<?> model) {
        List<FieldProblem> problems = shape.check(object, model);
        // Set aside what is already refused, so the rest can be bound and checked too.
        problems.forEach(p -> BadNodes.remove(object, p.node()));
        Object rest = strict.treeToValue(object, model);
        List<FieldProblem> later = new ArrayList<>(ConstraintProblems.of(validator, rest));
        checks.orderedStream().filter(c -> c.type() == model).forEach(c -> check(c, rest, later));
        problems.addAll(BadNodes.notCoveredBy(problems, later));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::pointer));
            throw new InvalidRequestException(problems);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(BodyChecks<T> checks, Object body, List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>();
        checks.check((T) body, pathVariables(), found);
        // A feature's check of a field already refused would name it twice.
        problems.addAll(BadNodes.notCoveredBy(problems, found));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables() {
        Object variables = RequestContextHolder.currentRequestAttributes()
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
