package org.msettriage.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.msettriage.rules.policy.CsvTable;

/**
 * Policy tables kept as spreadsheets. A ruleset is kept, hashed and compiled as CSV text, so a table
 * given as {@code indicators.xlsx} is read into the CSV of {@code indicators.csv} (its first sheet, each
 * cell as the spreadsheet shows it), remembering where it came from so a problem can name the sheet,
 * row and column; and any table can be written back as a one-sheet workbook for a policy lead to edit.
 */
public final class SpreadsheetTables {

    public static final String EXTENSION = ".xlsx";

    private SpreadsheetTables() {}

    public static boolean isSpreadsheet(String fileName) {
        return fileName.endsWith(EXTENSION);
    }

    /** The CSV table a workbook's first sheet holds, as the ruleset file it stands for. */
    public static RulesetFile read(String fileName, byte[] workbook) {
        String csvName = fileName.substring(0, fileName.length() - EXTENSION.length()) + ".csv";
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            if (book.getNumberOfSheets() == 0) {
                throw unreadable(fileName, "the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            return new RulesetFile(csvName, csv(sheet), new RulesetFile.Origin(fileName, sheet.getSheetName()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesetException refused) {
                throw refused;
            }
            throw unreadable(fileName, "is not a workbook this service can read (save it as .xlsx)");
        }
    }

    /** A table as a workbook of one sheet named after the table; numbers as numbers, the rest as text. */
    public static byte[] write(RulesetFile table) {
        String sheetName = table.name().substring(0, table.name().lastIndexOf('.'));
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CsvTable parsed = CsvTable.parse(table.name(), table.content(), List.of());
            List<List<String>> records = new ArrayList<>();
            if (!parsed.rows().isEmpty()) {
                records.add(parsed.header());
                records.addAll(parsed.cells());
            }
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = record.get(c);
                    if (r > 0 && value.matches("-?\\d{1,9}")) {
                        cell.setCellValue(Integer.parseInt(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a cell is, as a spreadsheet names it: a 1-based row, and a column by its letters. */
    public static String cell(int row, int column) {
        return "row " + row + ", column " + CellReference.convertNumToColString(Math.max(column, 1) - 1);
    }

    private static String csv(Sheet sheet) {
        DataFormatter shown = new DataFormatter(java.util.Locale.UK);
        List<String> lines = new ArrayList<>();
        int width = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            width = Math.max(width, row == null ? 0 : row.getLastCellNum());
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : shown.formatCellValue(cell).strip());
            }
            lines.add(String.join(
                    ",", cells.stream().map(SpreadsheetTables::quoted).toList()));
        }
        // Rows below the table that a spreadsheet keeps empty are not rows of it.
        while (!lines.isEmpty() && lines.get(lines.size() - 1).replace(",", "").isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    private static RulesetException unreadable(String fileName, String why) {
        return new RulesetException(List.of(new RulesetProblem(RulesetProblem.Kind.FILES, fileName, 0, 0, why)));
    }
}
