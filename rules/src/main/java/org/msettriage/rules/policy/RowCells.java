package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One row of a policy table read cell by cell: a bad cell's problem is noted and the next cell still read,
 * so a policy lead learns of every mistake in a row at once, each at its own column, rather than of one
 * per check (a check may take a minute). A cell that could not be read gives null, and a check that needs
 * its value is not made: the mistake is reported once, at its cell, not again as what follows from it.
 */
final class RowCells {

    private final CsvTable.Row row;
    private final List<PolicyTableException> problems = new ArrayList<>();

    private RowCells(CsvTable.Row row) {
        this.row = row;
    }

    /**
     * Reads every row of a table, noting each row's problems, left to right, and going on with the next
     * row. A problem thrown rather than noted ends its row's reading; it is noted with the others.
     */
    static void eachRow(CsvTable table, List<PolicyTableException> problems, Consumer<RowCells> read) {
        for (CsvTable.Row row : table.rows()) {
            RowCells cells = new RowCells(row);
            try {
                read.accept(cells);
            } catch (PolicyTableException e) {
                cells.note(e);
            }
            cells.problems.sort(Comparator.comparingInt(PolicyTableException::column));
            problems.addAll(cells.problems);
        }
    }

    CsvTable.Row row() {
        return row;
    }

    /** What reading a cell gives, or null with the cell's problem noted. */
    <T> T read(Supplier<T> cell) {
        try {
            return cell.get();
        } catch (PolicyTableException problem) {
            problems.add(problem);
            return null;
        }
    }

    /** Runs a check of the row, noting its problem if it has one. */
    void check(Runnable check) {
        read(() -> {
            check.run();
            return null;
        });
    }

    /** The trimmed value of a column, or null with its problem noted if it is empty. */
    String required(String column) {
        return read(() -> row.required(column));
    }

    /** The trimmed value of a column, or null when it is empty (which is no problem). */
    String optional(String column) {
        return row.optional(column);
    }

    /** The whole number in a column, or null with its problem noted. */
    Integer integer(String column) {
        return read(() -> row.integer(column));
    }

    /** The value of a column as one of an enum's constants, or null with its problem noted. */
    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return read(() -> row.enumValue(column, type));
    }

    /** Notes a problem at one of the row's cells (made with {@link #problem}). */
    void note(PolicyTableException problem) {
        problems.add(problem);
    }

    /** A problem at one of the row's cells, positioned at its line and column. */
    PolicyTableException problem(String column, String message) {
        return row.problem(column, message);
    }

    /** Whether every cell read so far was right: only then does the row stand for anything. */
    boolean clean() {
        return problems.isEmpty();
    }
}
