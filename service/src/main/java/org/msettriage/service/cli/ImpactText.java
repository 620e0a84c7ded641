package org.msettriage.service.cli;

import java.io.PrintStream;
import org.msettriage.rules.candidate.ImpactReport;

/** An impact report as a policy lead reads it in a terminal. */
final class ImpactText {

    private ImpactText() {}

    static void print(ImpactReport report, PrintStream out) {
        out.printf(
                "Active %s, candidate %s: %d referrals replayed (%d referral files, %d scenarios)%n",
                report.active().version(),
                report.candidate().version(),
                report.replayed(),
                report.decisions().replayed(),
                report.scenarios().replayed());
        if (report.decisions().replayed() > 0) {
            print("Referral files", report.decisions(), out);
        }
        if (report.scenarios().replayed() > 0) {
            print("Scenarios", report.scenarios(), out);
        }
    }

    /** One kind of referral's figures, never added to the other's. */
    private static void print(String kind, ImpactReport.Figures report, PrintStream out) {
        out.printf(
                "%s: %d replayed, %d changed (level up %d, level down %d)%n",
                kind, report.replayed(), report.changed(), report.levelUp(), report.levelDown());
        report.pathwayChanges().forEach(m -> out.printf("  pathway %s -> %s: %d%n", m.from(), m.to(), m.count()));
        out.printf(
                "  Pre-MSET: %d became eligible, %d ineligible%n",
                report.preMset().becameEligible(), report.preMset().becameIneligible());
        out.printf(
                "  Panel: %d became eligible, %d ineligible%n",
                report.msetPanel().becameEligible(), report.msetPanel().becameIneligible());
        report.actionsAdded().forEach(a -> out.printf("  action added %s: %d%n", a.code(), a.count()));
        report.actionsRemoved().forEach(a -> out.printf("  action removed %s: %d%n", a.code(), a.count()));
        report.actionsRetimed()
                .forEach(a -> out.printf("  action due in another timescale %s: %d%n", a.code(), a.count()));
        out.println(report.downgrades().isEmpty() ? "  No downgrades." : "  Downgrades, for review one by one:");
        report.downgrades()
                .forEach(d -> out.printf(
                        "    %s: %s -> %s (pathway %s -> %s)%n",
                        d.id(), d.fromLevel(), d.toLevel(), d.fromPathway(), d.toPathway()));
        report.breakdowns().forEach(b -> {
            out.println("  By " + b.dimension() + ":");
            b.groups()
                    .forEach(g -> out.printf(
                            "    %-16s %5d replayed, %4d changed, %4d up, %4d down%n",
                            g.value(), g.replayed(), g.changed(), g.levelUp(), g.levelDown()));
        });
    }
}
