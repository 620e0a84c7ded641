package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.msettriage.service.HttpJson;
import tools.jackson.databind.JsonNode;

/** A policy lead's impact replay through the API, followed until it ends. */
public final class ImpactReplays {

    private ImpactReplays() {}

    /**
     * Starts a replay of every stored decision (no scenarios) against a validated candidate, and follows it
     * for up to 30 s; the job as it was last read (DONE or FAILED, unless it took longer).
     */
    public static JsonNode replayed(HttpJson lead, String candidate) throws InterruptedException {
        HttpJson.Answer started = lead.post(
                "/api/v1/rulesets/impact", "{\"candidate\": \"" + candidate + "\", \"includeScenarios\": false}");
        assertThat(started.status()).as(started.response().body()).isEqualTo(202);
        String location = started.header("Location");
        JsonNode job = lead.get(location).json();
        for (int i = 0;
                i < 300 && !List.of("DONE", "FAILED").contains(job.path("state").asString());
                i++) {
            Thread.sleep(100);
            job = lead.get(location).json();
        }
        return job;
    }
}
