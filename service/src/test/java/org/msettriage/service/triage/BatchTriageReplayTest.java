package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.TriageBatchItemDto;
import org.msettriage.api.model.TriageBatchResultDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.HttpJson;
import org.msettriage.service.decision.IdempotencyKey;
import org.msettriage.service.decision.IdempotencyKeys;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.msettriage.service.store.StoreFaults;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A batch's referrals that an earlier call with the same Idempotency-Key stored, with the store replaced:
 * found by the writer (a resend racing the first), a replay that cannot be read, and a key look-up that
 * fails. The timing the full-stack tests cannot choose.
 */
class BatchTriageReplayTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Caller CALLER =
            new Caller(Caller.Method.API_KEY, "demo-case-system", Set.of(Role.CASE_SYSTEM));

    private final Triage triage = mock(Triage.class);
    private final IdempotencyKeys keys = mock(IdempotencyKeys.class);
    private final EarlierDecisions earlierDecisions = mock(EarlierDecisions.class);
    private final StoreFaults faults = mock(StoreFaults.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MsetMetrics metrics = new MsetMetrics(registry);
    private final BatchTriage batch = new BatchTriage(
            mock(ReferralValidation.class),
            triage,
            mock(DecisionMapper.class),
            keys,
            earlierDecisions,
            faults,
            metrics);

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    BatchTriageReplayTest() {
        when(keys.ofBatchItem(any(), anyString(), anyInt(), anyString()))
                .thenAnswer(call -> new IdempotencyKey("key-" + call.getArgument(2), "request"));
    }

    private static List<BatchValidation.Item> items(int count) {
        TriageRequestDto request = HttpJson.JSON.readValue(TriageRoundTripTestReferral.json(), TriageRequestDto.class);
        return java.util.Collections.nCopies(count, new BatchValidation.Item(request, "{}", List.of()));
    }

    private static TriageDecisionDto decision(UUID id) {
        return new TriageDecisionDto().decisionId(id);
    }

    private TriageBatchResultDto run(int count) {
        return batch.run(items(count), NOW, mock(TriageEngine.class), CALLER, "batch-1");
    }

    private static List<Integer> statuses(TriageBatchResultDto result) {
        return result.getResults().stream()
                .map(TriageBatchItemDto::getStatus)
                .map(TriageBatchItemDto.StatusEnum::getValue)
                .toList();
    }

    @Test
    void placesTheWriterFoundKeyedAreAnsweredFromTheEarlierCall() {
        when(keys.earlier(anyList(), any())).thenReturn(Map.of());
        when(triage.<TriageDecisionDto>decideAll(anyList(), any(), any(), any(), any()))
                .thenReturn(List.of(
                        new Triage.Stored<>(decision(UUID.randomUUID()), null, null),
                        new Triage.Stored<>(null, new IdempotencyKeys.Earlier(first, true), null),
                        new Triage.Stored<>(null, new IdempotencyKeys.Earlier(second, false), null)));
        when(earlierDecisions.all(List.of(first))).thenReturn(Map.of(first, "{\"decisionId\": \"" + first + "\"}"));

        TriageBatchResultDto result = run(3);

        assertThat(statuses(result)).containsExactly(201, 200, 422);
        // The decision the earlier call stored, read back for this place alone (the 422's is not read).
        assertThat(result.getResults().get(1).getDecision()).isNotNull();
        verify(earlierDecisions).all(List.of(first));
        assertThat(result.getResults().get(2).getProblem().getType()).endsWith("/idempotency-key-reused");
        assertThat(List.of(result.getStored(), result.getReplayed(), result.getRefused()))
                .containsExactly(1, 1, 1);
        assertThat(registry.get("mset.triage.replayed")
                        .tag("call", "batch")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void aReplayThatCannotBeReadIsA503ForItsPlaceAloneNotForTheCall() {
        when(keys.earlier(anyList(), any())).thenReturn(Map.of("key-0", new IdempotencyKeys.Earlier(first, true)));
        when(triage.<TriageDecisionDto>decideAll(anyList(), any(), any(), any(), any()))
                .thenReturn(List.of(new Triage.Stored<>(decision(second), null, null)));
        DataAccessResourceFailureException down = new DataAccessResourceFailureException("the database went away");
        when(earlierDecisions.all(anyList())).thenThrow(down);

        TriageBatchResultDto result = run(2);

        // The second referral was stored by this call: its 201 stands.
        assertThat(statuses(result)).containsExactly(503, 201);
        assertThat(result.getUnavailable()).isEqualTo(1);
        verify(faults).failed(down);
    }

    @Test
    void aKeyLookUpThatFailsDecidesNothing() {
        when(keys.earlier(anyList(), any())).thenThrow(new DataAccessResourceFailureException("down"));

        assertThatThrownBy(() -> run(2)).isInstanceOf(DataAccessResourceFailureException.class);
        verify(triage, never()).decideAll(anyList(), any(), any(), any(), any());
    }
}
