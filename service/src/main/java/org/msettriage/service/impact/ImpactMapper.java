package org.msettriage.service.impact;

import org.msettriage.api.model.ActionCountDto;
import org.msettriage.api.model.EligibilityFlipsDto;
import org.msettriage.api.model.ImpactBreakdownDto;
import org.msettriage.api.model.ImpactChangeDto;
import org.msettriage.api.model.ImpactFiguresDto;
import org.msettriage.api.model.ImpactGroupDto;
import org.msettriage.api.model.ImpactReportDto;
import org.msettriage.api.model.PathwayMoveDto;
import org.msettriage.rules.candidate.ImpactReport;

/** Turns impact reports and changes into the contract's models (for the impact and shadow controllers). */
public final class ImpactMapper {

    private ImpactMapper() {}

    public static ImpactReportDto report(ImpactReport report) {
        return new ImpactReportDto()
                .replayed(report.replayed())
                .decisions(figures(report.decisions()))
                .scenarios(figures(report.scenarios()))
                .notReplayed(report.notReplayed().stream()
                        .map(java.util.UUID::fromString)
                        .toList());
    }

    private static ImpactFiguresDto figures(ImpactReport.Figures report) {
        return new ImpactFiguresDto()
                .replayed(report.replayed())
                .changed(report.changed())
                .levelUp(report.levelUp())
                .levelDown(report.levelDown())
                .downgrades(
                        report.downgrades().stream().map(ImpactMapper::change).toList())
                .changes(report.changes().stream().map(ImpactMapper::change).toList())
                .changesTruncated(report.changesTruncated())
                .pathwayChanges(report.pathwayChanges().stream()
                        .map(m -> new PathwayMoveDto().from(m.from()).to(m.to()).count(m.count()))
                        .toList())
                .preMset(flips(report.preMset()))
                .msetPanel(flips(report.msetPanel()))
                .actionsAdded(report.actionsAdded().stream()
                        .map(a -> new ActionCountDto().code(a.code()).count(a.count()))
                        .toList())
                .actionsRemoved(report.actionsRemoved().stream()
                        .map(a -> new ActionCountDto().code(a.code()).count(a.count()))
                        .toList())
                .actionsRetimed(report.actionsRetimed().stream()
                        .map(a -> new ActionCountDto().code(a.code()).count(a.count()))
                        .toList())
                .breakdowns(report.breakdowns().stream()
                        .map(b -> new ImpactBreakdownDto()
                                .dimension(ImpactBreakdownDto.DimensionEnum.fromValue(b.dimension()))
                                .groups(b.groups().stream()
                                        .map(g -> new ImpactGroupDto()
                                                .value(g.value())
                                                .replayed(g.replayed())
                                                .changed(g.changed())
                                                .levelUp(g.levelUp())
                                                .levelDown(g.levelDown())
                                                .pathwayChanged(g.pathwayChanged())
                                                .msetPanelChanged(g.msetPanelChanged()))
                                        .toList()))
                        .toList());
    }

    public static ImpactChangeDto change(ImpactReport.Change change) {
        return new ImpactChangeDto()
                .source(ImpactChangeDto.SourceEnum.fromValue(change.source().name()))
                .id(change.id())
                .fromLevel(change.fromLevel().name())
                .toLevel(change.toLevel().name())
                .fromPathway(change.fromPathway())
                .toPathway(change.toPathway())
                .preMsetFrom(change.preMsetFrom())
                .preMsetTo(change.preMsetTo())
                .msetPanelFrom(change.msetPanelFrom())
                .msetPanelTo(change.msetPanelTo())
                .actionsAdded(change.actionsAdded())
                .actionsRemoved(change.actionsRemoved())
                .actionsRetimed(change.actionsRetimed());
    }

    private static EligibilityFlipsDto flips(ImpactReport.Flips flips) {
        return new EligibilityFlipsDto()
                .becameEligible(flips.becameEligible())
                .becameIneligible(flips.becameIneligible());
    }
}
