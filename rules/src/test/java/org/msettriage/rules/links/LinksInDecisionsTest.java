package org.msettriage.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.EligibilityNote;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.referral.PreviousAssessment;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Policy v1.1 section 10 in the rules: a link adds ADDS_LINKED and PLACE_PERPETRATOR_AGENDA and changes
 * nothing else; the child's history stands in for a previous assessment the referral does not give.
 */
class LinksInDecisionsTest {

    private static final TriageEngine ENGINE = Candidates.engine(Candidates.packaged());
    // Worked example EX-1: Moderate before its floor, Significant after; names perpetrator "Zed".
    private static final Referral EX1 = scenario("examples-repeat-missing-found-with-adult-in-car.json");

    @Test
    void aLinkToOtherChildrenAddsThePanelReasonAndTheAgendaActionAndNothingElse() {
        Link zed = new Link(IdentifierKind.PERSON, "/perpetrators/0/nickname", 2, 3, 2);
        RiskAssessment alone = ENGINE.assess(EX1);
        RiskAssessment linked = ENGINE.assess(EX1, new Intelligence(List.of(zed), History.NONE));

        assertThat(linked.riskLevel()).isEqualTo(alone.riskLevel());
        assertThat(linked.score()).isEqualTo(alone.score());
        assertThat(linked.pathway()).isEqualTo(alone.pathway());
        assertThat(linked.preMset()).isEqualTo(alone.preMset());
        assertThat(linked.msetPanel().eligible()).isEqualTo(alone.msetPanel().eligible());
        assertThat(linked.msetPanel().reasons()).containsAll(alone.msetPanel().reasons());
        assertThat(linked.msetPanel().reasons())
                .extracting(EligibilityNote::code)
                .containsOnlyOnce("ADDS_LINKED");
        assertThat(linked.msetPanel().reasons())
                .filteredOn(r -> r.code().equals("ADDS_LINKED"))
                .singleElement()
                .extracting(EligibilityNote::text)
                .isEqualTo("The panel could add value: 1 of the people, vehicles or places named in this referral is"
                        + " also named in referrals about other children in the last 365 days, and the panel can"
                        + " bring them together");

        RecommendedAction agenda = action(linked, "PLACE_PERPETRATOR_AGENDA");
        assertThat(agenda.leadAgency()).isEqualTo("POLICE");
        assertThat(agenda.timescale()).isEqualTo("BEFORE_NEXT_PANEL");
        assertThat(agenda.dueBy()).isNull();
        assertThat(agenda.because()).containsExactly("LINKED_PERSON");
        // Every other action stays, with its due time; ADDS_LINKED joins the panel's reasons, so the one
        // action caused by them (the strategy meeting before the panel) names it beside the others.
        assertThat(linked.actions())
                .filteredOn(a -> !a.code().equals("PLACE_PERPETRATOR_AGENDA"))
                .extracting(RecommendedAction::code, RecommendedAction::dueBy)
                .isEqualTo(alone.actions().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a.code(), a.dueBy()))
                        .toList());
        assertThat(action(linked, "HOLD_STRATEGY_MEETING_BEFORE_PANEL").because())
                .containsExactly("ADDS_LINKED", "ADDS_PERPETRATOR", "ADDS_SIGNIFICANT");
        assertThat(action(alone, "HOLD_STRATEGY_MEETING_BEFORE_PANEL").because())
                .containsExactly("ADDS_PERPETRATOR", "ADDS_SIGNIFICANT");
        assertThat(linked.reasons())
                .extracting(Reason::text)
                .contains("A person named in this referral (perpetrator 1) is also named in referrals about 2 other"
                        + " children in the last 365 days, in 2 other local authorities");
        assertThat(linked.links()).containsExactly(zed);
    }

    @Test
    void eachLinkedIdentifierIsItsOwnSentenceAndCause() {
        Link person = new Link(IdentifierKind.PERSON, "/perpetrators/0/nickname", 1, 1, 0);
        Link vehicle = new Link(IdentifierKind.VEHICLE, "/perpetrators/0/vehicle", 1, 1, 0);
        RiskAssessment linked = ENGINE.assess(EX1, new Intelligence(List.of(person, vehicle), History.NONE));

        assertThat(action(linked, "PLACE_PERPETRATOR_AGENDA").because())
                .containsExactlyInAnyOrder("LINKED_PERSON", "LINKED_VEHICLE");
        assertThat(linked.reasons())
                .extracting(Reason::text)
                .contains(
                        "A person named in this referral (perpetrator 1) is also named in referrals about 1 other"
                                + " child in the last 365 days, in no other local authority",
                        "A vehicle named in this referral (perpetrator 1) is also named in referrals about 1 other"
                                + " child in the last 365 days, in no other local authority");
        assertThat(linked.msetPanel().reasons())
                .filteredOn(r -> r.code().equals("ADDS_LINKED"))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .contains("2 of the people, vehicles or places named in this referral are"));
    }

    @Test
    void aLinkNeverMakesAReferralNamingNoOneEligible() {
        // The service only links what a referral names; a link given otherwise (a hand-written scenario's)
        // must still never give the panel a reason the referral itself does not.
        Referral namesNoOne = scenario("cap-empty-referral.json");
        Link stray = new Link(IdentifierKind.PERSON, "/perpetrators/0/nickname", 3, 3, 1);

        RiskAssessment decided = ENGINE.assess(namesNoOne, new Intelligence(List.of(stray), History.NONE));

        assertThat(decided.msetPanel()).isEqualTo(ENGINE.assess(namesNoOne).msetPanel());
        assertThat(decided.msetPanel().reasons())
                .extracting(EligibilityNote::code)
                .doesNotContain("ADDS_LINKED");
    }

    @Test
    void aLinkWithNoOtherChildLinksNothing() {
        Link none = new Link(IdentifierKind.PERSON, "/perpetrators/0/nickname", 0, 0, 0);
        RiskAssessment decided = ENGINE.assess(EX1, new Intelligence(List.of(none), History.NONE));
        assertThat(decided.actions()).extracting(RecommendedAction::code).doesNotContain("PLACE_PERPETRATOR_AGENDA");
        assertThat(decided.msetPanel().reasons())
                .extracting(EligibilityNote::code)
                .doesNotContain("ADDS_LINKED");
    }

    @Test
    void theLatestEarlierDecisionStandsInForAMissingPreviousAssessment() {
        Referral withoutPrevious = EX1;
        OffsetDateTime twoMonthsBefore = EX1.assessedAt().minusDays(60);
        History moderateBefore = new History(2, RiskLevel.MODERATE, twoMonthsBefore);

        RiskAssessment decided = ENGINE.assess(withoutPrevious, new Intelligence(List.of(), moderateBefore));

        assertThat(decided.msetPanel().reasons())
                .filteredOn(r -> r.code().equals("ADDS_NOT_REDUCING"))
                .singleElement()
                .extracting(EligibilityNote::text)
                .satisfies(text -> {
                    assertThat(text).contains("the risk was already Moderate on 13 Sept 2026, at least 42 days ago");
                    assertThat(text)
                            .endsWith("; the earlier level is from this service's own record of the child's decisions");
                });
        assertThat(decided.history()).isEqualTo(moderateBefore);
        assertThat(ENGINE.assess(withoutPrevious).msetPanel().reasons())
                .extracting(EligibilityNote::code)
                .doesNotContain("ADDS_NOT_REDUCING");
    }

    @Test
    void aPreviousAssessmentTheReferralGivesIsKept() {
        // The referral's own previous assessment (Emerging) does not show the risk persisting; the record's
        // Moderate would, and must not replace it.
        Referral withPrevious = withPrevious(
                EX1, new PreviousAssessment(RiskLevel.EMERGING, EX1.assessedAt().minusDays(60)));
        History moderateBefore =
                new History(1, RiskLevel.MODERATE, EX1.assessedAt().minusDays(50));

        RiskAssessment decided = ENGINE.assess(withPrevious, new Intelligence(List.of(), moderateBefore));

        assertThat(decided.msetPanel().reasons())
                .extracting(EligibilityNote::code)
                .doesNotContain("ADDS_NOT_REDUCING");

        Referral givenModerate = withPrevious(
                EX1, new PreviousAssessment(RiskLevel.MODERATE, EX1.assessedAt().minusDays(60)));
        assertThat(ENGINE.assess(givenModerate, new Intelligence(List.of(), moderateBefore))
                        .msetPanel()
                        .reasons())
                .filteredOn(r -> r.code().equals("ADDS_NOT_REDUCING"))
                .singleElement()
                .extracting(EligibilityNote::text)
                .satisfies(text -> assertThat(text).doesNotContain("own record").endsWith("(now Significant)"));
    }

    @Test
    void aRulesetThatDoesNotLinkReadsNoIntelligence() {
        List<RulesetFile> files = Candidates.packaged().stream()
                .filter(f ->
                        !f.name().equals("link-stop-words.csv") && !f.name().equals("links.drl"))
                .map(f -> switch (f.name()) {
                    case "settings.csv" ->
                        new RulesetFile(f.name(), f.content().replaceAll("(?m)^link_window_days,.*\\R?", ""));
                    case "ruleset.properties" ->
                        new RulesetFile(
                                f.name(),
                                f.content()
                                        .replace("link-stop-words.csv,", "")
                                        .replace("links.drl,", "")
                                        .replaceFirst("version=\\S+", "version=unlinked-1"));
                    default -> f;
                })
                .toList();
        TriageEngine unlinked = TriageEngine.compile(files);
        Link zed = new Link(IdentifierKind.PERSON, "/perpetrators/0/nickname", 2, 3, 2);
        History moderateBefore =
                new History(2, RiskLevel.MODERATE, EX1.assessedAt().minusDays(60));

        RiskAssessment decided = unlinked.assess(EX1, new Intelligence(List.of(zed), moderateBefore));

        assertThat(unlinked.policy().linking()).isEmpty();
        assertThat(decided.links()).isEmpty();
        assertThat(decided.history()).isNull();
        assertThat(decided.msetPanel().reasons())
                .extracting(EligibilityNote::code)
                .doesNotContain("ADDS_NOT_REDUCING");
    }

    private static RecommendedAction action(RiskAssessment decided, String code) {
        return decided.actions().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not recommended"));
    }

    private static Referral withPrevious(Referral r, PreviousAssessment previous) {
        return new Referral(
                r.referralId(),
                r.childRef(),
                r.localAuthority(),
                r.referringAgency(),
                r.assessedAt(),
                r.child(),
                r.indicators(),
                r.missingEpisodes(),
                r.perpetrators(),
                r.locationsOfConcern(),
                r.crossBoundary(),
                r.strategyMeetingHeld(),
                previous,
                r.professionalJudgement());
    }

    private static Referral scenario(String file) {
        return Candidates.scenarios().stream()
                .filter(s -> s.file().equals(file))
                .findFirst()
                .orElseThrow()
                .referral();
    }
}
