package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.CareStatusDto;
import org.msettriage.api.model.ChildDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.ruleset.CandidateRulesets;

/** The checks that need the ruleset read its settings: who is an adult is adult_age_years, not a number here. */
class ReferralChecksTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-12T10:00:00Z");

    @Test
    void anAdultByTheServingRulesetsAgeMustBeACareLeaver() {
        Policy packaged = CandidateRulesets.packagedEngine().policy();
        Policy nineteen = CandidateRulesets.engine(CandidateRulesets.edited(
                        "adult-19", "settings.csv", csv -> csv.replace("adult_age_years,18,", "adult_age_years,19,")))
                .policy();

        assertThat(problems(18, packaged)).extracting(FieldProblem::pointer).containsExactly("/child/careStatus");
        assertThat(problems(18, packaged).get(0).message())
                .startsWith("must be CARE_LEAVER for a young person aged 18");
        assertThat(problems(18, nineteen)).isEmpty();
        assertThat(problems(19, nineteen).get(0).message())
                .startsWith("must be CARE_LEAVER for a young person aged 19");
    }

    @Test
    void aReferencePaddedOrHoldingAnInvisibleCharacterIsRefusedByItsPointer() {
        // An integrator's trial: each of these was a child of its own beside "pad-1", with its own history.
        for (String padded : List.of(" pad-1 ", "pad-1\u00a0", "pad\u200b-1", "ab\u0000cd", "pad-1\u202e", "\tpad-1")) {
            assertThat(referenceProblems(padded, "REF-1"))
                    .as(padded)
                    .extracting(FieldProblem::pointer)
                    .containsExactly("/childRef");
        }
        assertThat(referenceProblems("pad-1", " REF-1"))
                .extracting(FieldProblem::pointer)
                .containsExactly("/referralId");
        assertThat(referenceProblems(" pad-1", "REF-1").get(0).message())
                .startsWith("must not begin or end with a space or other blank character");
        // A space inside, an accent and a right-to-left reference are references as sent.
        assertThat(referenceProblems("child 7f3a", "REF-1")).isEmpty();
        assertThat(referenceProblems("Zoë-1", "REF-1")).isEmpty();
        assertThat(referenceProblems("\u05d9\u05dc\u05d3-1", "REF-1")).isEmpty();
        // Blank is still blank, said as before.
        assertThat(referenceProblems("\u00a0 ", "REF-1").get(0).message())
                .isEqualTo("is required and must not be blank");
    }

    private static List<FieldProblem> referenceProblems(String childRef, String referralId) {
        TriageRequestDto request = new TriageRequestDto()
                .assessedAt(NOW)
                .childRef(childRef)
                .referralId(referralId)
                .child(new ChildDto().ageYears(14).careStatus(CareStatusDto.NONE));
        List<FieldProblem> problems = new ArrayList<>();
        ReferralChecks.check(
                request,
                NOW,
                Duration.ofMinutes(5),
                CandidateRulesets.packagedEngine().policy(),
                problems);
        return problems;
    }

    private static List<FieldProblem> problems(int age, Policy policy) {
        TriageRequestDto request = new TriageRequestDto()
                .assessedAt(NOW)
                .child(new ChildDto().ageYears(age).careStatus(CareStatusDto.NONE));
        List<FieldProblem> problems = new ArrayList<>();
        ReferralChecks.check(request, NOW, Duration.ofMinutes(5), policy, problems);
        return problems;
    }
}
