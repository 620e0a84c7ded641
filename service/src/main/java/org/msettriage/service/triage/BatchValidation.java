package org.msettriage.service.triage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a batch body: refuses it whole (400) only when it is not a batch, and otherwise validates each
 * referral on its own, exactly as a single triage call would, with its problems' pointers under
 * {@code /referrals/<index>}. Web edge: it reads the body as the contract's request model.
 */
@Component
class BatchValidation {

    static final int MAX_REFERRALS = 1000;
    static final String REFERRALS = "referrals";

    /** One referral of a batch: valid (with its JSON as it is stored), or refused with its problems. */
    record Item(TriageRequestDto request, String requestJson, List<FieldProblem> problems, int problemsFound) {

        Item(TriageRequestDto request, String requestJson, List<FieldProblem> problems) {
            this(request, requestJson, problems, problems.size());
        }

        /** A valid item as the triage service takes it. */
        Triage.Received received() {
            return new Triage.Received(ReferralMapper.toReferral(request), requestJson);
        }
    }

    private final JsonMapper mapper;
    private final ReferralValidation referral;

    BatchValidation(JsonMapper mapper, ReferralValidation referral) {
        this.mapper = mapper;
        this.referral = referral;
    }

    List<Item> read(byte[] body, OffsetDateTime requestTime, TriageEngine engine) {
        JsonNode tree = envelope(body);
        JsonNode referrals = tree.get(REFERRALS);
        List<Item> items = new ArrayList<>(referrals.size());
        for (int i = 0; i < referrals.size(); i++) {
            items.add(item(referrals.get(i), FieldProblem.item("/" + REFERRALS, i), requestTime, engine));
        }
        return items;
    }

    private Item item(JsonNode node, String at, OffsetDateTime requestTime, TriageEngine engine) {
        if (!(node instanceof ObjectNode object)) {
            return new Item(null, null, List.of(new FieldProblem(at, "must be a referral (a JSON object)")));
        }
        try {
            TriageRequestDto request = referral.read(object, requestTime, engine);
            return new Item(request, mapper.writeValueAsString(request), List.of());
        } catch (InvalidRequestException e) {
            return new Item(
                    null,
                    null,
                    e.problems().stream()
                            .map(p -> new FieldProblem(at + p.pointer(), p.message()))
                            .toList(),
                    e.found());
        }
    }

    /** The body as a batch, or a 400 naming what keeps it from being one. */
    private JsonNode envelope(byte[] body) {
        JsonNode tree = ReferralValidation.parse(mapper, body);
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("", "the body must be a JSON object with a referrals list")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        int position = 0;
        for (String name : tree.propertyNames()) {
            position++;
            if (!name.equals(REFERRALS)) {
                problems.add(
                        FieldProblem.unknownField("", name, position, "is not a property of a batch (only referrals)"));
            }
        }
        JsonNode referrals = tree.get(REFERRALS);
        if (referrals == null || !referrals.isArray()) {
            problems.add(new FieldProblem("/" + REFERRALS, "is required: a list of 1 to 1,000 referrals"));
        } else if (referrals.isEmpty() || referrals.size() > MAX_REFERRALS) {
            problems.add(new FieldProblem("/" + REFERRALS, "must list 1 to 1,000 referrals, not " + referrals.size()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return tree;
    }
}
