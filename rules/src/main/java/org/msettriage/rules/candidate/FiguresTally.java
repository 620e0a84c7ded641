package org.msettriage.rules.candidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.msettriage.rules.referral.Referral;

/** The running counts of one kind of replayed referral (real or scenario); one thread at a time. */
final class FiguresTally {

    private int replayed;
    private int changed;
    private int levelUp;
    private int levelDown;
    private final List<ImpactReport.Change> downgrades = new ArrayList<>();
    private final List<ImpactReport.Change> changes = new ArrayList<>();
    private boolean changesTruncated;
    // From one pathway to another: how many referrals move.
    private final Map<String, Map<String, Integer>> pathwayMoves = new TreeMap<>();
    private final int[] preMsetFlips = new int[2];
    private final int[] panelFlips = new int[2];
    private final Map<String, Integer> actionsAdded = new TreeMap<>();
    private final Map<String, Integer> actionsRemoved = new TreeMap<>();
    private final Map<String, Integer> actionsRetimed = new TreeMap<>();
    private final Map<String, Map<String, int[]>> groups = new LinkedHashMap<>();
    private final Map<String, Function<Referral, String>> dimensions;

    FiguresTally(Map<String, Function<Referral, String>> dimensions) {
        this.dimensions = dimensions;
        dimensions.keySet().forEach(dimension -> groups.put(dimension, new TreeMap<>(ImpactTally.orderOf(dimension))));
    }

    void count(Referral referral, Optional<ImpactReport.Change> difference) {
        replayed++;
        difference.ifPresent(this::tallyChange);
        // Every count below comes from the one difference; an unchanged referral only adds to "replayed".
        dimensions.forEach((dimension, valueOf) -> {
            int[] group = groups.get(dimension).computeIfAbsent(valueOf.apply(referral), v -> new int[6]);
            group[0]++;
            difference.ifPresent(change -> {
                group[1]++;
                group[2] += change.levelMove() > 0 ? 1 : 0;
                group[3] += change.levelMove() < 0 ? 1 : 0;
                group[4] += change.pathwayChanged() ? 1 : 0;
                group[5] += change.msetPanelChanged() ? 1 : 0;
            });
        });
    }

    int replayed() {
        return replayed;
    }

    private void tallyChange(ImpactReport.Change change) {
        changed++;
        if (changes.size() < ImpactReport.LISTED_CHANGES) {
            changes.add(change);
        } else {
            changesTruncated = true;
        }
        if (change.levelMove() > 0) {
            levelUp++;
        } else if (change.levelMove() < 0) {
            levelDown++;
            downgrades.add(change);
        }
        if (change.pathwayChanged()) {
            pathwayMoves
                    .computeIfAbsent(change.fromPathway(), from -> new TreeMap<>())
                    .merge(change.toPathway(), 1, Integer::sum);
        }
        flip(preMsetFlips, change.preMsetChanged(), change.preMsetTo());
        flip(panelFlips, change.msetPanelChanged(), change.msetPanelTo());
        change.actionsAdded().forEach(a -> actionsAdded.merge(a, 1, Integer::sum));
        change.actionsRemoved().forEach(a -> actionsRemoved.merge(a, 1, Integer::sum));
        change.actionsRetimed().forEach(a -> actionsRetimed.merge(a, 1, Integer::sum));
    }

    ImpactReport.Figures figures() {
        List<ImpactReport.Move> moves = new ArrayList<>();
        pathwayMoves.forEach(
                (from, to) -> to.forEach((pathway, count) -> moves.add(new ImpactReport.Move(from, pathway, count))));
        List<ImpactReport.Breakdown> breakdowns = new ArrayList<>();
        groups.forEach((dimension, values) -> breakdowns.add(new ImpactReport.Breakdown(
                dimension,
                values.entrySet().stream()
                        .map(e -> new ImpactReport.Group(
                                e.getKey(),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[2],
                                e.getValue()[3],
                                e.getValue()[4],
                                e.getValue()[5]))
                        .toList())));
        return new ImpactReport.Figures(
                replayed,
                changed,
                levelUp,
                levelDown,
                List.copyOf(downgrades),
                List.copyOf(changes),
                changesTruncated,
                moves,
                new ImpactReport.Flips(preMsetFlips[0], preMsetFlips[1]),
                new ImpactReport.Flips(panelFlips[0], panelFlips[1]),
                counts(actionsAdded),
                counts(actionsRemoved),
                breakdowns,
                counts(actionsRetimed));
    }

    private static void flip(int[] flips, boolean changed, boolean nowEligible) {
        if (changed) {
            flips[nowEligible ? 0 : 1]++;
        }
    }

    private static List<ImpactReport.ActionCount> counts(Map<String, Integer> byCode) {
        return byCode.entrySet().stream()
                .map(e -> new ImpactReport.ActionCount(e.getKey(), e.getValue()))
                .toList();
    }
}
