package org.msettriage.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PanelExitCountDto;
import org.msettriage.api.model.PanelExitReasonDto;
import org.msettriage.api.model.PanelMonthFiguresDto;
import org.msettriage.api.model.PanelReportDto;
import org.msettriage.service.report.PanelFigures.MonthFigures;

/**
 * The panel's figures as the contract gives them: every count withheld or rounded by {@link
 * ReportSettings#shown(long)}, and conversion worked out from the counts as shown, never the exact ones.
 */
final class PanelReportMapper {

    private PanelReportMapper() {}

    /** Every local authority the contract names, in its order: each month has a row for each. */
    static List<String> localAuthorities() {
        return Arrays.stream(LocalAuthorityDto.values())
                .map(LocalAuthorityDto::getValue)
                .toList();
    }

    static PanelReportDto report(ReportMonths months, List<MonthFigures> figures, ReportSettings settings) {
        return new PanelReportDto()
                .timeZone(settings.zone().getId())
                .withheldBelow(settings.withheldBelow())
                .roundedTo(settings.roundTo())
                .fromMonth(months.first().toString())
                .toMonth(months.last().toString())
                .months(figures.stream().map(f -> month(f, settings)).toList());
    }

    private static PanelMonthFiguresDto month(MonthFigures figures, ReportSettings settings) {
        Long screened = settings.shown(figures.screened());
        Long heard = settings.shown(figures.heard());
        return new PanelMonthFiguresDto()
                .month(figures.month().toString())
                .localAuthority(LocalAuthorityDto.fromValue(figures.localAuthority()))
                .screened(screened)
                .heard(heard)
                .conversion(conversion(heard, screened))
                .childrenHeardMoreThanOnce(settings.shown(figures.childrenHeardMoreThanOnce()))
                .exits(Arrays.stream(PanelExitReasonDto.values())
                        .map(reason -> new PanelExitCountDto()
                                .exitReason(reason)
                                .outcomes(settings.shown(figures.exits().getOrDefault(reason.getValue(), 0L))))
                        .toList());
    }

    /** Heard / screened as shown, to 2 decimal places; null when either is withheld or nothing was screened. */
    static Double conversion(Long heard, Long screened) {
        if (heard == null || screened == null || screened == 0) {
            return null;
        }
        return BigDecimal.valueOf(heard)
                .divide(BigDecimal.valueOf(screened), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
