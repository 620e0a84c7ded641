package org.msettriage.rules.facts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.policy.ActionRule;
import org.msettriage.rules.policy.ActionRules;
import org.msettriage.rules.policy.PolicySettings;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.RiskLevel;

/**
 * What the recommended actions are decided from, gathered once per decision when the level, route and
 * eligibility are known: the child classified once (a child or an adult, by adult_age_years), the
 * indicators counted, the overrides and panel reasons found, and who and where the referral names.
 * Each row of action-rules.csv is checked against it.
 */
public final class ActionSituation {

    private final List<ActionRule> rules;
    private final PolicySettings settings;
    private final AssessedChild child;
    private final boolean isChild;
    private final RiskLevel level;
    private final Pathway pathway;
    private final Circumstances circumstances;
    private final List<IndicatorUsed> indicators;
    private final List<ExploitationIndicator> exploitation;
    private final List<String> overrides = new ArrayList<>();
    private final List<EligibilityReason> panelReasons = new ArrayList<>();
    private final boolean adultPerpetrator;
    private final List<LocationType> locations = new ArrayList<>();
    private final List<Episode> interviewsOwed = new ArrayList<>();

    /** The collections come from the rule's collectList, so they arrive untyped. */
    public ActionSituation(
            ActionRules rules,
            PolicySettings settings,
            AssessedChild child,
            DecidedLevel level,
            Pathway pathway,
            Circumstances circumstances,
            Collection<?> indicators,
            Collection<?> exploitation,
            Collection<?> overrides,
            Collection<?> eligibility,
            Collection<?> perpetrators,
            Collection<?> locations,
            Collection<?> episodes) {
        this.rules = rules.getRows();
        this.settings = settings;
        this.child = child;
        this.isChild = child.getAgeYears() < settings.getAdultAgeYears();
        this.level = level.getLevel();
        this.pathway = pathway;
        this.circumstances = circumstances;
        this.indicators = indicators.stream().map(IndicatorUsed.class::cast).toList();
        this.exploitation =
                exploitation.stream().map(ExploitationIndicator.class::cast).toList();
        overrides.forEach(found -> this.overrides.add(((OverrideReported) found).getCode()));
        eligibility.stream()
                .map(EligibilityReason.class::cast)
                .filter(reason -> reason.getDecision().equals(EligibilityReason.MSET_PANEL))
                .forEach(panelReasons::add);
        this.adultPerpetrator = perpetrators.stream().anyMatch(p -> ((NamedPerpetrator) p).isAdult());
        locations.forEach(location -> this.locations.add(((NamedLocation) location).getType()));
        episodes.stream()
                .map(Episode.class::cast)
                .filter(e -> e.endedWithin(settings.getCurrentWindow()) && e.isInterviewOwed())
                .forEach(interviewsOwed::add);
    }

    public List<ActionRule> getRules() {
        return rules;
    }

    /**
     * The row's recommendation when every condition it gives holds: a list of one, or empty. Only the
     * ruleset's own rows match: a row a rule made up could otherwise record reasons under any id.
     */
    public List<ActionMatch> match(ActionRule rule) {
        if (!isOwnRow(rule)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        if (!holdsForChild(rule) || !holdsForLevel(rule) || !holdsForPlacesAndPeople(rule)) {
            return List.of();
        }
        if (rule.pathway() != null) {
            if (!rule.pathway().equals(pathway.getCode())) {
                return List.of();
            }
            codes.addAll(pathway.getBecause());
        }
        if (!rule.overrides().isEmpty()) {
            List<String> found =
                    overrides.stream().filter(rule.overrides()::contains).toList();
            if (found.isEmpty()) {
                return List.of();
            }
            codes.addAll(found);
        }
        if (!rule.panelReasons().isEmpty()) {
            List<String> found = panelReasons.stream()
                    .map(EligibilityReason::getCode)
                    .filter(rule.panelReasons()::contains)
                    .toList();
            if (found.isEmpty()) {
                return List.of();
            }
            codes.addAll(found);
        }
        if (rule.panelEligible()) {
            List<String> met = panelReasons.stream()
                    .filter(EligibilityReason::isMet)
                    .map(EligibilityReason::getCode)
                    .toList();
            if (met.isEmpty() || panelReasons.stream().anyMatch(reason -> !reason.isMet())) {
                return List.of();
            }
            codes.addAll(met);
        }
        if (rule.asksAboutIndicators()) {
            List<String> found = indicatorsFor(rule);
            if (found.isEmpty()) {
                return List.of();
            }
            codes.addAll(found);
        }
        if (!rule.noneOfTiers().isEmpty()
                && indicators.stream()
                        .anyMatch(i -> i.isPresent() && rule.noneOfTiers().contains(i.getTier()))) {
            return List.of();
        }
        return List.of(matched(rule, codes));
    }

    private boolean isOwnRow(ActionRule rule) {
        for (ActionRule own : rules) {
            if (own == rule) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsForChild(ActionRule rule) {
        int age = child.getAgeYears();
        CareStatus care = child.getCareStatusForRules();
        return switch (rule.age()) {
                    case CHILD -> isChild;
                    case ADULT -> !isChild;
                    case ANY -> true;
                }
                && (rule.ageFrom() == null || age >= rule.ageFrom())
                && (rule.ageUnder() == null || age < rule.ageUnder())
                && (rule.careStatuses().isEmpty() || rule.careStatuses().contains(care));
    }

    private boolean holdsForLevel(ActionRule rule) {
        return (rule.levelAtLeast() == null || level.compareTo(rule.levelAtLeast()) >= 0)
                && (rule.levelAtMost() == null || level.compareTo(rule.levelAtMost()) <= 0);
    }

    private boolean holdsForPlacesAndPeople(ActionRule rule) {
        boolean perpetrator = switch (rule.perpetrator()) {
            case NAMED -> circumstances.getPerpetrators() > 0;
            case ADULT -> adultPerpetrator;
            case ANY -> true;
        };
        return perpetrator
                && (!rule.anyLocation() || !locations.isEmpty())
                && (rule.locationTypes().isEmpty() || locations.stream().anyMatch(rule.locationTypes()::contains))
                && (!rule.moved() || circumstances.isCrossBoundary() || circumstances.isPlacedOutOfArea())
                && (!rule.strategyMeetingNotHeld() || !circumstances.isStrategyMeetingHeld())
                && (!rule.returnedWithoutInterview() || !interviewsOwed.isEmpty());
    }

    /**
     * The codes of the indicators the row picks: those it names, and those of the categories, tiers and
     * evidence it describes; with "all", every code it names must be there. Only present indicators count
     * (only current ones when the row says CURRENT), and only evidence of exploitation when it says so.
     */
    private List<String> indicatorsFor(ActionRule rule) {
        List<String> found = new ArrayList<>();
        for (IndicatorUsed indicator : indicators) {
            boolean counts = rule.recency() == null ? indicator.isPresent() : indicator.getRecency() == rule.recency();
            if (counts && (!rule.exploitation() || isExploitation(indicator.getCode())) && picks(rule, indicator)) {
                found.add(indicator.getCode());
            }
        }
        if (rule.allIndicators()) {
            return found.containsAll(rule.indicators()) ? rule.indicators() : List.of();
        }
        return found;
    }

    private static boolean picks(ActionRule rule, IndicatorUsed indicator) {
        if (rule.indicators().contains(indicator.getCode())) {
            return true;
        }
        return rule.describesIndicators()
                && within(rule.categories(), indicator.getCategory())
                && (rule.categoryKind() == null || rule.categoryKind().equals(indicator.getCategoryKind()))
                && within(rule.tiers(), indicator.getTier())
                && (rule.evidence() == null || rule.evidence().equals(indicator.getEvidence()));
    }

    private static boolean within(Set<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    private boolean isExploitation(String code) {
        return exploitation.stream().anyMatch(e -> e.getCode().equals(code));
    }

    private ActionMatch matched(ActionRule rule, List<String> codes) {
        List<Object> values = new ArrayList<>(List.of(
                "codes",
                codes,
                "level",
                level,
                "age",
                child.getAgeYears(),
                "careStatus",
                child.getCareStatusForRules(),
                "places",
                locations.size()));
        OffsetDateTime due = null;
        if (rule.moved()) {
            values.addAll(List.of("movement", circumstances.getMovement()));
        }
        if (rule.returnedWithoutInterview()) {
            due = ReturnInterviews.earliestDue(interviewsOwed, settings.getReturnInterviewDeadline());
            int count = interviewsOwed.size();
            values.addAll(List.of(
                    "episodes",
                    count == 1 ? "one return from missing" : count + " returns from missing",
                    "days",
                    settings.getCurrentWindowDays(),
                    "due",
                    due,
                    "dueState",
                    due.isBefore(child.getAssessedAt()) ? "is overdue: it was due by" : "is due by"));
        }
        return new ActionMatch(new Recommendation(rule.action(), due, rule.because(), codes), values);
    }
}
