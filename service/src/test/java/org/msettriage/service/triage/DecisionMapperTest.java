package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.HttpJson;
import tools.jackson.databind.json.JsonMapper;

/** The answer sent is the JSON stored, written once. */
class DecisionMapperTest {

    private static final JsonMapper JSON = HttpJson.JSON;
    private static final TriageEngine PACKAGED = TriageEngine.packaged();

    private final DecisionMapper mapper = new DecisionMapper(JSON);

    @Test
    void theAnswerIsSentAsTheVeryTextStored() {
        TriageDecisionDto answer = mapper.of(assessed());
        String stored = mapper.json(answer);

        // Changed after it was stored: what is sent must still be what was stored, not written again.
        answer.setScore(answer.getScore() + 1000);

        assertThat(JSON.writeValueAsString(answer)).isEqualTo(stored);
        assertThat(stored).doesNotContain("\"score\":" + answer.getScore());
    }

    @Test
    void theStoredTextIsTheContractsDecisionInFull() {
        TriageDecisionDto answer = mapper.of(assessed());

        String stored = mapper.json(answer);

        assertThat(stored).startsWith("{\"decisionId\":").contains("\"riskLevel\":");
        // The same document as the plain contract model gives, field for field and byte for byte.
        TriageDecisionDto plain = JSON.readValue(stored, TriageDecisionDto.class);
        assertThat(JSON.writeValueAsString(plain)).isEqualTo(stored);
    }

    @Test
    void aDecisionNeverStoredIsWrittenInFullRatherThanAsNothing() {
        TriageDecisionDto answer = mapper.of(assessed());

        String sent = JSON.writeValueAsString(answer);

        assertThat(JSON.readValue(sent, TriageDecisionDto.class).getDecisionId())
                .isEqualTo(answer.getDecisionId());
        assertThat(sent).isEqualTo(mapper.json(answer));
    }

    @Test
    void aStoredDecisionIsSentAgainAsItsTextNotWrittenAfresh() {
        String stored = mapper.json(mapper.of(assessed()));
        // Written another way than the model writes it (spaces), so a parse and a fresh write would show.
        String spaced = stored.replace("\"riskLevel\":", "\"riskLevel\" : ");
        assertThat(spaced).isNotEqualTo(stored);

        assertThat(JSON.writeValueAsString(DecisionMapper.asStored(spaced))).isEqualTo(spaced);
    }

    private static Triage.Assessed assessed() {
        Referral referral = ReferralMapper.fromJson(
                        JSON, TriageRoundTripTestReferral.json().getBytes(StandardCharsets.UTF_8))
                .withDefaults(OffsetDateTime.parse("2026-11-12T10:00:00Z"));
        return new Triage.Assessed(
                UUID.randomUUID(),
                OffsetDateTime.parse("2026-11-12T10:00:01Z"),
                referral,
                PACKAGED.assess(referral, Intelligence.NONE));
    }
}
