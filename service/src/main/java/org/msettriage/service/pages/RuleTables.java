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
            tables.add(new RuleTables(file.name(), table.header(), table.cells()));
        }
        return tables;
    }
}
