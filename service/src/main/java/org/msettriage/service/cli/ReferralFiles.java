package org.msettriage.service.cli;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.msettriage.api.model.IndicatorEntryDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.links.IntelligenceJson;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.StrictJson;
import org.msettriage.service.triage.ReferralMapper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of referral files for an offline replay: each a referral as case systems send it, or a
 * scenario file (its request is the referral). Read as strictly as the scenarios a candidate carries:
 * UTF-8 text, no key given twice and no field the contract (or a scenario) has not, each such mistake
 * named with its line; a file that is not a usable referral, and any other file or folder beside them,
 * is set aside with its reason rather than stopping the replay. Checked against the contract's constraints and the indicator codes; the
 * service's cross-field checks (policy section 9) are not repeated here.
 */
record ReferralFiles(List<ReplayedReferral> read, Map<String, String> refused) {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Why a file is not a referral, said without its content (a parser's message quotes its values). */
    static final String NOT_A_REFERRAL = "not a referral in the contract's JSON";

    /** Why a file beside the referrals is not read: a referral written in another format is not replayed. */
    static final String NOT_JSON = "not a JSON file (*.json), so not read";

    /** Why a folder inside the referrals' is not read: only the files directly in it are replayed. */
    static final String A_FOLDER = "a folder; the files of folders inside --referrals are not read";

    private static final JsonPointer REQUEST = JsonPointer.compile("/request");

    static ReferralFiles read(Path folder, Policy policy, OffsetDateTime now) {
        List<ReplayedReferral> read = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Path file : listed(folder)) {
                String name = file.getFileName().toString();
                if (!isJson(file)) {
                    refused.put(name, Files.isDirectory(file) ? A_FOLDER : NOT_JSON);
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                RulesetProblem notText = RulesetFiles.notUtf8(name, bytes, RulesetProblem.Kind.FILES);
                if (notText != null) {
                    refused.put(name, notText.message());
                    continue;
                }
                try {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    JsonNode root = StrictJson.readTree(text);
                    TriageRequestDto request = request(text, root);
                    String problem = problem(request, validator, policy);
                    if (problem != null) {
                        refused.put(name, problem);
                        continue;
                    }
                    // A scenario file's links and history (policy v1.1 section 10) travel with its referral.
                    Intelligence intelligence = intelligence(root);
                    if (intelligence == null) {
                        refused.put(
                                name,
                                NOT_A_REFERRAL + "; its intelligence is not links and history as a"
                                        + " decision gives them");
                        continue;
                    }
                    read.add(new ReplayedReferral(
                            ReplayedReferral.Source.FILE,
                            name,
                            ReferralMapper.toReferral(request).withDefaults(now),
                            intelligence));
                } catch (StrictJson.Mistake e) {
                    refused.put(name, NOT_A_REFERRAL + "; " + e.getMessage());
                } catch (JacksonException e) {
                    refused.put(name, NOT_A_REFERRAL);
                }
            }
        }
        return new ReferralFiles(read, refused);
    }

    /**
     * What the folder holds, by name, but for hidden files (a leading dot, as a file manager leaves), which
     * are not the policy lead's and are left out as they are from a scenario or ruleset folder.
     */
    static List<Path> listed(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Whether a file of the folder is read as a referral. */
    static boolean isJson(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json");
    }

    /**
     * The referral of a file: the whole of it, or a scenario's request, where no field but a scenario's
     * may stand beside it.
     */
    private static TriageRequestDto request(String text, JsonNode root) {
        if (root.has("request")) {
            Scenario.onlyScenarioFields(text, root);
            return StrictJson.bind(JSON, text, root, REQUEST, TriageRequestDto.class, "scenario");
        }
        return StrictJson.bind(JSON, text, root, JsonPointer.empty(), TriageRequestDto.class, "referral");
    }

    /** The links and history a file gives, or null when a kind, level or time in them is not one. */
    private static Intelligence intelligence(JsonNode root) {
        try {
            return IntelligenceJson.read(root.path("intelligence"));
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    /** Why a referral read from a file cannot be decided, or null when it can. */
    private static String problem(TriageRequestDto request, Validator validator, Policy policy) {
        Set<ConstraintViolation<TriageRequestDto>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<TriageRequestDto> first = violations.iterator().next();
            return first.getPropertyPath() + " " + first.getMessage();
        }
        List<IndicatorEntryDto> indicators = request.getIndicators() == null ? List.of() : request.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            String code = indicators.get(i).getCode();
            if (code != null && !policy.knowsIndicator(code)) {
                // Named by its place, not repeated: a mistyped code may be anything, a child's name included.
                return "indicators[" + i + "].code is not an indicator code of the ruleset";
            }
        }
        return null;
    }
}
