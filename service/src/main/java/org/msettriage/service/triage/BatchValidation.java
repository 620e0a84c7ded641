package org.msettriage.service.triage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.Utf8Bytes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
        // Bytes that are not UTF-8 are the body's problem, wherever they stand, counted from its start.
        Utf8Bytes.check(body);
        JsonNode tree;
        try {
            tree = ReferralValidation.tree(mapper, body);
        } catch (InvalidRequestException refused) {
            BatchItemsApart.Apart apart = BatchItemsApart.of(body, REFERRALS);
            List<Item> items =
                    apart == null || !withinAReferral(refused) ? null : readApart(apart, requestTime, engine);
            if (items == null || items.stream().noneMatch(item -> item.request() == null && item.problemsFound() > 0)) {
                // Not a slip inside one referral after all (the batch's own property, say): refused whole.
                throw refused;
            }
            return items;
        }
        JsonNode referrals = envelope(tree).get(REFERRALS);
        List<Item> items = new ArrayList<>(referrals.size());
        for (int i = 0; i < referrals.size(); i++) {
            items.add(item(referrals.get(i), FieldProblem.item("/" + REFERRALS, i), requestTime, engine));
        }
        return items;
    }

    /** Whether the strict reader's problem may lie in one referral: under the list, or past a limit. */
    private static boolean withinAReferral(InvalidRequestException refused) {
        return refused.problems().stream()
                .allMatch(p -> p.pointer().isEmpty() || p.pointer().startsWith("/" + REFERRALS + "/"));
    }

    /**
     * A batch the strict reader refused for what one referral holds (a key given twice in it, say): each
     * referral read on its own, so that only that one is refused.
     */
    private List<Item> readApart(BatchItemsApart.Apart apart, OffsetDateTime requestTime, TriageEngine engine) {
        // The batch's own shape is checked as ever: its names, with a stand-in for each referral.
        List<byte[]> referrals = apart.referrals();
        ObjectNode shape = mapper.createObjectNode();
        for (String name : apart.names()) {
            if (name.equals(REFERRALS)) {
                ArrayNode standIns = shape.putArray(REFERRALS);
                referrals.forEach(referral -> standIns.addObject());
            } else {
                shape.putNull(name);
            }
        }
        envelope(shape);
        List<Item> items = new ArrayList<>(referrals.size());
        for (int i = 0; i < referrals.size(); i++) {
            String at = FieldProblem.item("/" + REFERRALS, i);
            byte[] bytes = referrals.get(i);
            if (bytes == null) {
                items.add(item(mapper.nullNode(), at, requestTime, engine));
                continue;
            }
            JsonNode node;
            try {
                // A slice of the body checked above, cut at a brace: UTF-8 as well.
                node = ReferralValidation.tree(mapper, bytes);
            } catch (InvalidRequestException e) {
                items.add(refused(at, e));
                continue;
            }
            items.add(item(node, at, requestTime, engine));
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
            return refused(at, e);
        }
    }

    /** A referral refused, its problems' pointers under its place in the batch. */
    private static Item refused(String at, InvalidRequestException e) {
        return new Item(
                null,
                null,
                e.problems().stream()
                        .map(p -> new FieldProblem(at + p.pointer(), p.message()))
                        .toList(),
                e.found());
    }

    /** The body as a batch, or a 400 naming what keeps it from being one. */
    private JsonNode envelope(JsonNode tree) {
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
