package org.msettriage.service.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.Gender;
import org.msettriage.rules.referral.LocalAuthority;
import org.msettriage.rules.referral.ReferringAgency;
import org.msettriage.service.decision.DecisionProfile;
import org.msettriage.service.report.AnalysisFigures.Counted;

/**
 * A way of dividing the decisions into groups: every value the contract knows, in its order, then null for
 * the decisions that did not say. The groups of most add up to all the decisions (their counts are parts
 * of one total, so disclosure control treats them as a line); a referral may show several exploitation
 * types, or none (NONE), so those do not.
 */
enum Dimension {
    LOCAL_AUTHORITY(names(LocalAuthority.values()), true, c -> Collections.singletonList(c.localAuthority())),
    RISK_LEVEL(
            List.of("NONE", "EMERGING", "MODERATE", "SIGNIFICANT"),
            false,
            c -> Collections.singletonList(c.riskLevel())),
    PATHWAY(
            List.of("IMMEDIATE_SAFEGUARDING", "MSET_PANEL", "PRE_MSET", "SINGLE_AGENCY"),
            false,
            c -> Collections.singletonList(c.pathway())),
    GENDER(names(Gender.values()), true, c -> Collections.singletonList(c.gender())),
    AGE_BAND(DecisionProfile.AGE_BANDS, true, c -> Collections.singletonList(c.ageBand())),
    CARE_STATUS(names(CareStatus.values()), true, c -> Collections.singletonList(c.careStatus())),
    REFERRING_AGENCY(names(ReferringAgency.values()), true, c -> Collections.singletonList(c.referringAgency())),
    EXPLOITATION_TYPE(List.of("CSE", "CCE", "MISSING", "TRAFFICKING", "ONLINE", Dimension.NONE_FOUND), true, c -> {
        if (c.exploitationTypes() == null) {
            return Collections.singletonList(null);
        }
        List<String> types = DecisionProfile.types(c.exploitationTypes());
        return types.isEmpty() ? List.of(Dimension.NONE_FOUND) : types;
    });

    /** The exploitation "type" of a decision that found none. */
    static final String NONE_FOUND = "NONE";

    private final List<String> values;
    private final boolean notRecordedRow;
    private final Function<Counted, List<String>> groupsOf;

    Dimension(List<String> values, boolean notRecordedRow, Function<Counted, List<String>> groupsOf) {
        this.values = values;
        this.notRecordedRow = notRecordedRow;
        this.groupsOf = groupsOf;
    }

    /** Every group, in order: the values, then null (did not say) where a decision may have none. */
    List<String> groups() {
        List<String> groups = new ArrayList<>(values);
        if (notRecordedRow) {
            groups.add(null);
        }
        return groups;
    }

    /** The groups a count belongs to: one, or for exploitation types each type found. */
    List<String> groupsOf(Counted counted) {
        return groupsOf.apply(counted);
    }

    /** Whether the groups' counts are parts of one total (each decision in exactly one group). */
    boolean partsOfTheTotal() {
        return this != EXPLOITATION_TYPE;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
