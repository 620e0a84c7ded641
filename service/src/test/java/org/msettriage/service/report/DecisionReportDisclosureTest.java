package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.DecisionReportDto;
import org.msettriage.api.model.LocalAuthorityFiguresDto;
import org.msettriage.api.model.ReportCountDto;
import org.msettriage.api.model.ReportProfileDto;
import org.msettriage.service.report.AnalysisFigures.Counted;
import org.msettriage.service.report.AnalysisFigures.Interviews;
import org.msettriage.service.report.DecisionReportMapper.Asked;
import org.msettriage.service.report.DecisionReportMapper.Distinct;

/**
 * The decision report by API shows nothing about a few referrals but "withheld" (null): an analyst's trial
 * asked for one day with one referral and read the child's gender, age band, care status, referring agency,
 * exploitation type, risk level, route and local authority off the breakdowns, the child's groups null and
 * every other 0.
 */
class DecisionReportDisclosureTest {

    private static final ReportSettings DEFAULTS = new ReportSettings(5, 5, ZoneId.of("Europe/London"));
    private static final LocalDate DAY = LocalDate.of(2025, 6, 15);
    private static final Asked ONE_DAY = new Asked(DAY, DAY.plusDays(1), DateBasis.ASSESSED, List.of());
    private static final String WHOLE = AnalysisFigures.childrenKey(null, null, false);

    @Test
    void oneReferralGivesNullForEveryCountItsChildIsIn() {
        Counted child = referral("NORTH_TYNESIDE", "NON_BINARY", true, 1);
        Distinct whole = new Distinct(Map.of(WHOLE, 1L), Map.of(WHOLE, new Interviews(6, 0)));

        DecisionReportDto report =
                DecisionReportMapper.report(ONE_DAY, List.of(child), whole, new Distinct(Map.of(), Map.of()), DEFAULTS);

        assertThat(Stream.of(
                        report.getDecisions(),
                        report.getChildren(),
                        report.getPreMsetEligible(),
                        report.getMsetPanelEligible()))
                .as("the panel eligible 0 included: it would say the child was not")
                .containsOnlyNulls();
        assertThat(counts(report))
                .as("every breakdown, the child's groups and the others")
                .containsOnlyNulls();
        assertThat(report.getLocalAuthorities())
                .flatExtracting(
                        LocalAuthorityFiguresDto::getDecisions,
                        LocalAuthorityFiguresDto::getPreMsetEligible,
                        LocalAuthorityFiguresDto::getMsetPanelEligible)
                .containsOnlyNulls();
        assertThat(report.getProfile().getReturnHomeInterviews().getDue())
                .as("6 would round to 5: the child's episodes")
                .isNull();
        assertThat(report.getProfile().getReturnHomeInterviews().getOfferedWithin72Hours())
                .isNull();
    }

    @Test
    void aPartIsWithheldWhereItsGroupIsAndShownWhereItIsNot() {
        Counted many = referral("GATESHEAD", "FEMALE", true, 40);
        Counted few = referral("SUNDERLAND", "MALE", false, 3);
        Counted more = referral("NEWCASTLE", "FEMALE", false, 20);
        Distinct whole = new Distinct(Map.of(WHOLE, 63L), Map.of());

        DecisionReportDto report = DecisionReportMapper.report(
                ONE_DAY, List.of(many, few, more), whole, new Distinct(Map.of(), Map.of()), DEFAULTS);

        assertThat(authority(report, "SUNDERLAND").getPreMsetEligible())
                .as("0 screened of Sunderland's 3: withheld with them")
                .isNull();
        assertThat(authority(report, "NEWCASTLE").getDecisions())
                .as("20, withheld beside the 3 as the smallest other count")
                .isNull();
        assertThat(authority(report, "NEWCASTLE").getPreMsetEligible()).isNull();
        assertThat(authority(report, "GATESHEAD").getPreMsetEligible())
                .as("withheld as the smallest other beside counts withheld with their groups, whatever their values")
                .isNull();
        assertThat(report.getPreMsetEligible()).isEqualTo(40);
        assertThat(authority(report, "NORTHUMBERLAND").getPreMsetEligible())
                .as("no referral there: 0 is no one's")
                .isZero();
        assertThat(report.getMsetPanelEligible()).as("0 of the 40 screened").isZero();
    }

    private static LocalAuthorityFiguresDto authority(DecisionReportDto report, String name) {
        return report.getLocalAuthorities().stream()
                .filter(a -> a.getLocalAuthority() != null
                        && a.getLocalAuthority().getValue().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> counts(DecisionReportDto report) {
        ReportProfileDto profile = report.getProfile();
        return Stream.of(
                        report.getRiskLevels(),
                        report.getPathways(),
                        profile.getGenders(),
                        profile.getAgeBands(),
                        profile.getCareStatuses(),
                        profile.getReferringAgencies(),
                        profile.getExploitationTypes())
                .flatMap(List::stream)
                .map(ReportCountDto::getDecisions)
                .toList();
    }

    private static Counted referral(String authority, String gender, boolean screened, long decisions) {
        return new Counted(
                YearMonth.from(DAY).toString(),
                authority,
                screened ? "SIGNIFICANT" : "NONE",
                screened ? "PRE_MSET" : "SINGLE_AGENCY",
                screened,
                false,
                gender,
                "10_TO_12",
                "LOOKED_AFTER_S20",
                "HEALTH",
                screened ? "ONLINE" : "",
                decisions);
    }
}
