package org.msettriage.service.cli;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.links.IntelligenceJson;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.triage.ReferralMapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of referral files for an offline replay: each a referral as case systems send it, or a
 * scenario file (its request is the referral). A file that is not a usable referral is set aside with
 * its reason rather than stopping the replay. Checked against the contract's constraints and the
 * indicator codes; the service's cross-field checks (policy section 9) are not repeated here.
 */
record ReferralFiles(List<ReplayedReferral> read, Map<String, String> refused) {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static ReferralFiles read(Path folder, Policy policy, OffsetDateTime now) {
        List<ReplayedReferral> read = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Path file : RulesetCommands.jsonFiles(folder)) {
                String name = file.getFileName().toString();
                try {
                    JsonNode root = JSON.readTree(Files.readString(file));
                    JsonNode body = root.has("request") ? root.get("request") : root;
                    TriageRequestDto request = JSON.treeToValue(body, TriageRequestDto.class);
                    Set<ConstraintViolation<TriageRequestDto>> violations = validator.validate(request);
                    String unknown = request.getIndicators() == null
                            ? null
                            : request.getIndicators().stream()
                                    .filter(i -> i.getCode() != null && !policy.knowsIndicator(i.getCode()))
                                    .map(i -> i.getCode())
                                    .findFirst()
                                    .orElse(null);
                    if (!violations.isEmpty()) {
                        ConstraintViolation<TriageRequestDto> first =
                                violations.iterator().next();
                        refused.put(name, first.getPropertyPath() + " " + first.getMessage());
                    } else if (unknown != null) {
                        refused.put(name, unknown + " is not an indicator code");
                    } else {
                        // A scenario file's links and history (policy v1.1 section 10) travel with its referral.
                        read.add(new ReplayedReferral(
                                ReplayedReferral.Source.FILE,
                                name,
                                ReferralMapper.toReferral(request).withDefaults(now),
                                IntelligenceJson.read(root.path("intelligence"))));
                    }
                } catch (JacksonException e) {
                    refused.put(name, "not a referral in the contract's JSON");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return new ReferralFiles(read, refused);
    }
}
