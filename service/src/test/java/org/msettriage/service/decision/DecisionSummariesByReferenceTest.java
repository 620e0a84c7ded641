package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The store's search narrowed by reference: by the keyed hash of a referral's reference, alone or with a
 * child's, as the auditors' API and search page ask it. Shares {@link
 * org.msettriage.service.audit.AuditorsApiTest}'s service, so each test's references are its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=auditors-api")
class DecisionSummariesByReferenceTest extends ServiceTest {

    @Autowired
    DecisionBatch batches;

    @Autowired
    DecisionSummaries summaries;

    @Autowired
    ReferralRefHash referralRefs;

    @Autowired
    PersonalContent personal;

    @Test
    void aReferralReferenceFindsOnlyTheDecisionOnThatReferral() {
        String unique = "-" + System.nanoTime();
        UUID first = store("child-a" + unique, "SC-1" + unique);
        UUID second = store("child-a" + unique, "SC-2" + unique);
        store("child-b" + unique, "SC-3" + unique);

        assertThat(found(referralRefs.of("SC-2" + unique), null)).containsExactly(second);
        assertThat(found(referralRefs.of("SC-1" + unique), null)).containsExactly(first);
        // Spaces around a reference are not part of it, at triage as in a search.
        assertThat(found(referralRefs.of("  SC-2" + unique + " "), null)).containsExactly(second);
        assertThat(found(referralRefs.of("SC-4" + unique), null)).isEmpty();
    }

    @Test
    void aReferralReferenceWithAChildReferenceFindsADecisionOnlyWhenBothMatch() {
        String unique = "-" + System.nanoTime();
        UUID about = store("child-c" + unique, "SC-5" + unique);
        store("child-d" + unique, "SC-6" + unique);

        assertThat(found(referralRefs.of("SC-5" + unique), personal.childRefHash("child-c" + unique)))
                .containsExactly(about);
        assertThat(found(referralRefs.of("SC-5" + unique), personal.childRefHash("child-d" + unique)))
                .isEmpty();
    }

    private UUID store(String childRef, String referralRef) {
        NewDecision decision = TestDecisions.about(childRef, referralRef);
        batches.write(List.of(batches.prepare(decision)));
        return decision.decisionId();
    }

    private List<UUID> found(String referralRefHash, String childRefHash) {
        DecisionQuery query = DecisionQueryMapper.toQuery(
                        null, null, null, null, null, null, childRefHash, null, null, null)
                .withReferralRefHash(referralRefHash);
        return summaries.search(query).items().stream()
                .map(DecisionSummary::decisionId)
                .toList();
    }
}
