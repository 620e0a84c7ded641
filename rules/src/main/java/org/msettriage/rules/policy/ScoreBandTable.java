package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Reads score-bands.csv, a range table: every score from 0 up must fall in exactly one band. Each band
 * must start where the one above it ended; a band that starts later leaves a gap, one that starts earlier
 * overlaps, and each is reported at its row's min_score cell, beside any other bad cell of the row.
 */
final class ScoreBandTable {

    private final List<ScoreBand> bands = new ArrayList<>();
    // Where the next band must start; null after a max_score that could not be read, so that the next band
    // is not said to leave a gap or overlap because of that one cell.
    private Integer nextStart = 0;
    // Whether the last row's band is open; null when its max_score could not be read.
    private Boolean lastOpen;
    // A level cell that could not be read may be the level the table seems to lack.
    private boolean levelUnread;
    // Every level a row names, its band kept or not: a row whose min_score could not be read still gives
    // its level a band, once corrected, so the table is not also said to lack one.
    private final Set<RiskLevel> levelsNamed = EnumSet.noneOf(RiskLevel.class);

    private ScoreBandTable() {}

    static List<ScoreBand> read(CsvTable table, List<PolicyTableException> problems) {
        ScoreBandTable read = new ScoreBandTable();
        RowCells.eachRow(table, problems, read::band);
        if (table.rows().isEmpty() || Boolean.FALSE.equals(read.lastOpen)) {
            problems.add(new PolicyTableException(
                    table.fileName(), 1, "the last band must be open (no max_score), or higher scores have no band"));
        }
        for (RiskLevel level : RiskLevel.values()) {
            if (!read.levelUnread && !read.levelsNamed.contains(level)) {
                problems.add(new PolicyTableException(table.fileName(), 1, "no band for level " + level));
            }
        }
        return read.bands;
    }

    private void band(RowCells cells) {
        RiskLevel level = cells.enumValue("level", RiskLevel.class);
        Integer min = cells.integer("min_score");
        boolean open = cells.optional("max_score") == null;
        Integer max = open ? null : cells.integer("max_score");
        // The older scale's words are the contract's (legacyRiskLevel): any other would be an answer no case
        // system could read.
        LegacyRiskLevel legacy = cells.enumValue("legacy_level", LegacyRiskLevel.class);
        Integer start = nextStart;
        nextStart = open ? Integer.valueOf(Integer.MAX_VALUE) : max == null ? null : max + 1;
        lastOpen = open ? Boolean.TRUE : max == null ? null : Boolean.FALSE;
        levelUnread |= level == null;
        if (level != null) {
            levelsNamed.add(level);
        }
        if (min != null && max != null && max < min) {
            // A band whose range is upside down has no start to compare with the band above it.
            cells.note(cells.problem("max_score", "max_score is below min_score"));
        } else if (min != null && start != null) {
            startsWhereTheBandAboveEnded(cells, min, start);
        }
        if (level != null && min != null) {
            bands.add(new ScoreBand(level, min, max, legacy == null ? null : legacy.name()));
        }
    }

    private static void startsWhereTheBandAboveEnded(RowCells cells, int min, int start) {
        if (min < start) {
            cells.note(cells.problem(
                    "min_score",
                    "overlaps the band above it: scores " + min + " to " + (start - 1)
                            + " are in both; expected this band to start at " + start));
        } else if (min > start) {
            cells.note(cells.problem(
                    "min_score",
                    "leaves a gap: no band covers scores " + start + " to " + (min - 1)
                            + "; expected this band to start at " + start));
        }
    }
}
