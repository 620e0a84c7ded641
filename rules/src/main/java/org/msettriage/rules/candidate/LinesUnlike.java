package org.msettriage.rules.candidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.msettriage.rules.engine.RulesetFile;

/**
 * How many lines two rulesets differ by, over every file but ruleset.properties (whose version always
 * differs). A line one file has in place of another's is one line that differs, not one removed and
 * one added: a lead who changed one cell reads "1 line differs".
 */
final class LinesUnlike {

    private LinesUnlike() {}

    static int count(List<RulesetFile> a, List<RulesetFile> b) {
        Map<String, String> left = byName(a);
        Map<String, String> right = byName(b);
        Set<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        int unlike = 0;
        for (String name : names) {
            unlike += inFile(left.getOrDefault(name, ""), right.getOrDefault(name, ""));
        }
        return unlike;
    }

    /** The lines one side has that the other does not, counting repeats, a removed and an added line as one. */
    private static int inFile(String left, String right) {
        Map<String, Integer> counts = new HashMap<>();
        left.lines().forEach(line -> counts.merge(line.strip(), 1, Integer::sum));
        right.lines().forEach(line -> counts.merge(line.strip(), -1, Integer::sum));
        int onlyLeft = counts.values().stream()
                .filter(n -> n > 0)
                .mapToInt(Integer::intValue)
                .sum();
        int onlyRight =
                counts.values().stream().filter(n -> n < 0).mapToInt(n -> -n).sum();
        return Math.max(onlyLeft, onlyRight);
    }

    /** "1 line differs", "3 lines differ". */
    static String said(int lines) {
        return lines + (lines == 1 ? " line differs" : " lines differ");
    }

    static Map<String, String> byName(List<RulesetFile> files) {
        return files.stream()
                .filter(f -> !f.isProperties())
                .collect(Collectors.toMap(RulesetFile::name, RulesetFile::content, (x, y) -> x));
    }
}
