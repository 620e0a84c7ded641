package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.List;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.policy.CsvTable;

/** A ruleset's policy tables as the workbench shows them: each a header and rows of cells, in file order. */
record RuleTables(String file, List<String> header, List<List<String>> rows) {

    static List<RuleTables> of(List<RulesetFile> files) {
        List<RuleTables> tables = new ArrayList<>();
        for (RulesetFile file : files) {
            if (!file.isTable()) {
                continue;
            }
            CsvTable table = CsvTable.parse(file.name(), file.content(), List.of());
            List<String> header =
                    table.rows().isEmpty() ? List.of() : table.rows().get(0).header();
            List<List<String>> rows = table.rows().stream()
                    .map(row -> header.stream()
                            .map(column -> row.values().getOrDefault(column, ""))
                            .toList())
                    .toList();
            tables.add(new RuleTables(file.name(), header, rows));
        }
        return tables;
    }
}
