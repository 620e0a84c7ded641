package org.msettriage.service.triage;

import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.problem.BadNodes;
import org.msettriage.service.problem.ConstraintProblems;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.JsonReadProblems;
import org.msettriage.service.problem.RequestLimits;
import org.msettriage.service.problem.RequestShapeCheck;
import org.msettriage.service.problem.Utf8Bytes;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a referral body and refuses it, with every problem at once, when it breaks policy section 9:
 * first its shape (JSON, properties, types, enums, offsets), then the contract's constraints (required
 * fields, lengths, counts, ranges), then the checks that span fields.
 */
@Component
class ReferralValidation {

    private final JsonMapper mapper;
    private final Validator validator;
    private final RequestShapeCheck shape;
    private final RequestLimits limits;

    ReferralValidation(JsonMapper mapper, Validator validator, RequestLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
        this.validator = validator;
        this.shape = new RequestShapeCheck(mapper.getTypeFactory());
    }

    /**
     * The referral the body holds, or an {@link InvalidRequestException} naming every problem; the codes
     * and times are checked against the ruleset and time given.
     */
    TriageRequestDto read(byte[] body, OffsetDateTime requestTime, TriageEngine engine) {
        JsonNode tree = parse(mapper, body);
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRequestException(List.of(new FieldProblem("", "the body is empty")));
        }
        if (!tree.isObject()) {
            throw new InvalidRequestException(List.of(new FieldProblem("", "the body must be a JSON object")));
        }
        return read((ObjectNode) tree, requestTime, engine);
    }

    /**
     * The referral a parsed JSON object holds (a batch's item, say), or an {@link InvalidRequestException}
     * naming every problem. The object is changed: what is refused is taken out of it.
     */
    TriageRequestDto read(ObjectNode tree, OffsetDateTime requestTime, TriageEngine engine) {
        List<FieldProblem> problems = shape.check(tree, TriageRequestDto.class);
        // Set aside what is already reported, so the remaining checks can still run and report the rest.
        problems.forEach(p -> BadNodes.remove(tree, p.node()));
        TriageRequestDto request = mapper.treeToValue(tree, TriageRequestDto.class);
        List<FieldProblem> later = new ArrayList<>(ConstraintProblems.of(validator, request));
        ReferralChecks.check(request, requestTime, limits.clockSkew(), engine.policy(), later);
        problems.addAll(BadNodes.notCoveredBy(problems, later));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::pointer));
            throw new InvalidRequestException(problems);
        }
        return request;
    }

    /**
     * The checks that depend on the time and the ruleset, again, for the ones the decision is made with: a
     * ruleset activated since the body was read may not know every code. Cheap, and all that can differ.
     */
    void recheck(TriageRequestDto request, OffsetDateTime requestTime, TriageEngine engine) {
        List<FieldProblem> problems = new ArrayList<>();
        ReferralChecks.check(request, requestTime, limits.clockSkew(), engine.policy(), problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::pointer));
            throw new InvalidRequestException(problems);
        }
    }

    /** The body as JSON, or a 400 saying where it stops being JSON (a key given twice included). */
    static JsonNode parse(JsonMapper mapper, byte[] body) {
        Utf8Bytes.check(body);
        return tree(mapper, body);
    }

    /** As {@link #parse}, of bytes already known to be UTF-8 (a batch's, checked once as a whole). */
    static JsonNode tree(JsonMapper mapper, byte[] body) {
        try {
            // A key given twice is ambiguous: refuse it rather than let the last one win silently.
            return mapper.reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(body);
        } catch (JacksonException e) {
            // Where, never what: the parser's own message quotes the body, which is about a child.
            throw new InvalidRequestException(List.of(JsonReadProblems.of(e)));
        }
    }
}
