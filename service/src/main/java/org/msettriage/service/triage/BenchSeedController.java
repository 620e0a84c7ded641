package org.msettriage.service.triage;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.AccessRules;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.ProfileAccessRules;
import org.msettriage.service.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/bench/seed?count=N, served only under the {@code bench} profile: stores N real decisions
 * for {@code scripts/bench-impact.sh}, cycling through the referrals of a batch body, decided and stored
 * as a batch's are (rules, encryption, group commit, sealing) but without N calls over HTTP. Not in the
 * API document; its access rule exists only with the profile.
 */
@RestController
@Profile("bench")
class BenchSeedController {

    static final String PATH = "/api/v1/bench/seed";
    /** Decisions handed to the store together, as one batch call's would be. */
    private static final int CHUNK = 1000;

    private final ActiveRuleset ruleset;
    private final BatchValidation validation;
    private final Triage triage;
    private final DecisionMapper answer;

    BenchSeedController(ActiveRuleset ruleset, BatchValidation validation, Triage triage, DecisionMapper answer) {
        this.ruleset = ruleset;
        this.validation = validation;
        this.triage = triage;
        this.answer = answer;
    }

    /** Answers how many decisions were stored and how long it took. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> seed(@RequestParam int count, @RequestBody byte[] body) {
        if (count < 1 || count > 1_000_000) {
            throw new InvalidParametersException(List.of(new ParameterProblem("count", "must be 1 to 1000000")));
        }
        long started = System.nanoTime();
        TriageEngine engine = ruleset.engine();
        List<Triage.Received> referrals = referrals(body, engine);
        int stored = 0;
        for (int from = 0; from < count; from += CHUNK) {
            StringBuilder chunk = new StringBuilder("{\"referrals\": [");
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                chunk.append(i == from ? "" : ",")
                        .append(ofItsOwn(referrals.get(i % referrals.size()).requestJson(), i));
            }
            List<Triage.Received> items =
                    referrals(chunk.append("]}").toString().getBytes(StandardCharsets.UTF_8), engine);
            List<Triage.Stored<TriageDecisionDto>> outcomes =
                    triage.decideAll(items, engine, OffsetDateTime.now(ZoneOffset.UTC), Caller.current(), answer);
            stored += (int) outcomes.stream().filter(o -> o.failure() == null).count();
        }
        return Map.of("stored", stored, "seconds", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The referral as the nth seeded one: about a child of its own, naming its people, vehicles and places
     * as one of 1,000 in turn, as scripts/bench/post.lua does for calls over HTTP. The same six children
     * and names 100,000 times would make every decision count every earlier one (links and history).
     */
    static String ofItsOwn(String referralJson, int n) {
        String named = NAMED.matcher(referralJson)
                .replaceAll(
                        found -> Matcher.quoteReplacement(found.group(1) + found.group(2) + " " + (n % 1000) + "\""));
        return CHILD.matcher(named)
                .replaceAll(found -> Matcher.quoteReplacement(found.group(1) + "seed-child-" + n + "\""));
    }

    private static final Pattern CHILD = Pattern.compile("(\"childRef\"\\s*:\\s*\")[^\"]*\"");
    private static final Pattern NAMED = Pattern.compile("(\"(?:nickname|vehicle|description)\"\\s*:\\s*\")([^\"]*)\"");

    /** The body's referrals, every one valid, or a 400 naming what is not. */
    private List<Triage.Received> referrals(byte[] body, TriageEngine engine) {
        List<BatchValidation.Item> items = validation.read(body, OffsetDateTime.now(ZoneOffset.UTC), engine);
        List<FieldProblem> problems =
                items.stream().flatMap(item -> item.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return items.stream().map(BatchValidation.Item::received).toList();
    }

    /** The seed's owner: case systems, as for triage. */
    @Configuration
    @Profile("bench")
    static class Access {

        @Bean
        ProfileAccessRules benchSeedAccessRules() {
            return new ProfileAccessRules(
                    List.of(new AccessRules.Rule("benchSeed", HttpMethod.POST, PATH, Set.of(Role.CASE_SYSTEM))));
        }
    }
}
