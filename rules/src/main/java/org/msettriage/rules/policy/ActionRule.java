package org.msettriage.rules.policy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.RiskLevel;

/**
 * One row of action-rules.csv: one condition under which the policy recommends one action. Every
 * condition given must hold; a blank one asks nothing. Lists inside a cell are alternatives (any one
 * will do), except indicators when {@code allIndicators} asks for every one. Ages are read from the
 * settings the row names, so the row never states a number the settings hold.
 *
 * @param id the rule id reasons and the catalogue give, for example CSC_REFERRAL_UNDER13
 * @param ageFrom the youngest age the row applies to, from the setting it names; null for no bound
 * @param ageUnder the age the row stops applying at, from the setting it names; null for no bound
 * @param recency CURRENT to count only current indicators; null counts any present one (current or recent)
 * @param categoryKind counts only indicators of categories of this kind in categories.csv ("exploitation",
 *     "missing"), so a row names no list of categories and a new category of the kind is counted
 * @param exploitation counts only indicators the rules found to be evidence of exploitation
 * @param because codes every recommendation of the row names, before those that matched
 */
public record ActionRule(
        String id,
        String action,
        String sentence,
        Age age,
        Integer ageFrom,
        Integer ageUnder,
        RiskLevel levelAtLeast,
        RiskLevel levelAtMost,
        String pathway,
        Set<CareStatus> careStatuses,
        List<String> indicators,
        boolean allIndicators,
        Set<String> categories,
        String categoryKind,
        Set<String> tiers,
        String evidence,
        Recency recency,
        boolean exploitation,
        Set<String> noneOfTiers,
        List<String> overrides,
        List<String> panelReasons,
        boolean panelEligible,
        boolean strategyMeetingNotHeld,
        Perpetrator perpetrator,
        boolean anyLocation,
        Set<LocationType> locationTypes,
        boolean moved,
        boolean returnedWithoutInterview,
        List<String> because,
        String explanation,
        String guidance) {

    /**
     * Every collection copied unmodifiable: the rows are shared by every decision of every thread, and a
     * rule (which may read them) must not be able to change them between decisions.
     */
    public ActionRule {
        careStatuses = Set.copyOf(careStatuses);
        indicators = List.copyOf(indicators);
        categories = Collections.unmodifiableSet(new LinkedHashSet<>(categories));
        tiers = Set.copyOf(tiers);
        noneOfTiers = Set.copyOf(noneOfTiers);
        overrides = List.copyOf(overrides);
        panelReasons = List.copyOf(panelReasons);
        locationTypes = Set.copyOf(locationTypes);
        because = List.copyOf(because);
    }

    /**
     * The row's id alone: equal rows have equal ids, so this agrees with the record's equality. The rules
     * iterate the rows with {@code from}, and Drools keeps each row it meets in a hash map, every decision;
     * a record's own hash of 31 components, sets and lists among them, was 2 % of an impact replay.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    /** Who the row is for, by the policy's one line between a child and an adult (adult_age_years). */
    public enum Age {
        ANY,
        CHILD,
        ADULT
    }

    /** Whether the row needs a perpetrator named, and whether that person must be an adult. */
    public enum Perpetrator {
        ANY,
        NAMED,
        ADULT
    }

    /** Whether the row asks about the indicators at all. */
    public boolean asksAboutIndicators() {
        return !indicators.isEmpty() || describesIndicators();
    }

    /** Whether the row picks indicators by what they are (category, tier, evidence) rather than by code. */
    public boolean describesIndicators() {
        return !categories.isEmpty() || categoryKind != null || !tiers.isEmpty() || evidence != null || exploitation;
    }
}
