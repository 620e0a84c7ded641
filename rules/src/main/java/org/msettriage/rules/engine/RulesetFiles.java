package org.msettriage.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads a ruleset folder: from the classpath (the packaged default, whose ruleset.properties lists its
 * files because a jar cannot be listed reliably) or from a directory on disk (every .drl and .csv).
 */
public final class RulesetFiles {

    /** The ruleset packaged with the service. */
    public static final String DEFAULT_CLASSPATH_FOLDER = "mset-ruleset";

    public static final String PROPERTIES = "ruleset.properties";

    /** The file a problem of an uploaded zip as a whole ({@link RulesetProblem.Kind#ZIP}) is reported in. */
    public static final String WHOLE_ZIP = "(zip)";

    /** The sub-folder a candidate carries its own scenarios in, as problems name their files. */
    static final String SCENARIOS = "scenarios/";

    /** Why a file among scenarios is not one, when it is not JSON: said alike wherever scenarios are read. */
    public static final String NOT_JSON = "is not a scenario: scenario files are JSON (*.json)";

    private RulesetFiles() {}

    public static List<RulesetFile> fromClasspath(String folder) {
        List<RulesetFile> files = new ArrayList<>();
        String properties = readResource(folder + "/" + PROPERTIES);
        files.add(new RulesetFile(PROPERTIES, properties));
        String listed = properties(properties).getProperty("files", "");
        for (String name : listed.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                files.add(new RulesetFile(trimmed, readResource(folder + "/" + trimmed)));
            }
        }
        return sorted(files);
    }

    /**
     * Every regular file of a folder on disk, hidden ones (a leading dot) aside; a table kept as a
     * spreadsheet (.xlsx) is read as the CSV table it holds. Files that are not part
     * of a ruleset are read too, so that validation can name them rather than silently skip them.
     */
    public static List<RulesetFile> fromDirectory(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            List<RulesetFile> files = new ArrayList<>();
            List<RulesetProblem> problems = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                try {
                    if (SpreadsheetTables.isSpreadsheet(name)) {
                        files.add(SpreadsheetTables.read(name, Files.readAllBytes(path)));
                    } else if (!name.startsWith(".")) {
                        files.add(new RulesetFile(
                                name, Utf8Files.decode(name, Files.readAllBytes(path), RulesetProblem.Kind.FILES)));
                    }
                } catch (RulesetException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new RulesetException(problems);
            }
            return sorted(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ruleset folder " + directory, e);
        }
    }

    /**
     * The files of a zipped ruleset folder: its files at the top, or all inside one folder (as zipping a
     * folder gives). Anything deeper, or larger than a ruleset can be, is refused with every reason.
     */
    public static List<RulesetFile> fromZip(InputStream zip) {
        return RulesetZip.read(zip);
    }

    /**
     * A candidate as a policy lead sends it: the ruleset's files, and the scenarios it carries (its own
     * expected outcomes, in a scenarios/ folder beside the files; empty when it carries none).
     */
    public record Candidate(List<RulesetFile> ruleset, List<RulesetFile> scenarios) {}

    /** A zipped candidate: the ruleset's files as {@link #fromZip} reads them, and its scenarios/ folder. */
    public static Candidate fromZipWithScenarios(InputStream zip) {
        return RulesetZip.read(zip, true);
    }

    /** A candidate folder: its files as {@link #fromDirectory} reads them, and its scenarios/ folder's as {@link #scenarioFiles} does. */
    public static Candidate fromDirectoryWithScenarios(Path directory) {
        Path scenarios = directory.resolve("scenarios");
        List<RulesetFile> carried = new ArrayList<>();
        List<RulesetProblem> problems = new ArrayList<>();
        if (Files.isDirectory(scenarios)) {
            try {
                carried.addAll(scenarioFiles(scenarios, SCENARIOS, RulesetProblem.Kind.OWN_SCENARIO, problems));
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("Cannot read the scenarios of " + directory, e.getCause());
            }
        }
        List<RulesetFile> ruleset = List.of();
        try {
            ruleset = fromDirectory(directory);
        } catch (RulesetException e) {
            problems.addAll(0, e.problems());
        }
        if (!problems.isEmpty()) {
            throw new CandidateUnread(problems, sorted(carried));
        }
        return new Candidate(ruleset, sorted(carried));
    }

    /**
     * The files of a folder of scenarios as strict UTF-8, as a candidate's scenarios/ folder and the command
     * line's {@code --scenarios} folder are read: a problem of the kind given, named {@code prefix + file
     * name}, for each file that is not JSON (a scenario written in another format would otherwise go unrun
     * without a word) and for each that is not UTF-8 text, at the line and byte where it stops being so;
     * nothing of either is read. Hidden files (a leading dot, as a file manager leaves) are not the policy
     * lead's and are left out, as in a ruleset folder and its zip.
     */
    public static List<RulesetFile> scenarioFiles(
            Path folder, String prefix, RulesetProblem.Kind kind, List<RulesetProblem> problems) {
        List<RulesetFile> read = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (!name.endsWith(".json")) {
                    problems.add(new RulesetProblem(kind, prefix + name, 0, 0, NOT_JSON));
                } else {
                    byte[] bytes = Files.readAllBytes(path);
                    RulesetProblem notText = Utf8Files.problem(prefix + name, bytes, kind);
                    if (notText == null) {
                        read.add(new RulesetFile(name, new String(bytes, StandardCharsets.UTF_8)));
                    } else {
                        problems.add(notText);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenarios in " + folder, e);
        }
        return sorted(read);
    }

    /**
     * The problem with a file a policy lead sends that is not UTF-8 text (at the line and byte where it
     * stops being so), or null when it is: read otherwise, its accented letters would be silently replaced.
     */
    public static RulesetProblem notUtf8(String name, byte[] bytes, RulesetProblem.Kind kind) {
        return Utf8Files.problem(name, bytes, kind);
    }

    /** The files as a zip of one folder named after the version, as {@link #fromZip} reads it back. */
    public static byte[] toZip(String version, List<RulesetFile> files) {
        return RulesetZip.write(version, files, false);
    }

    /** The same, with each policy table as a spreadsheet (.xlsx) instead of CSV. */
    public static byte[] toZipWithSpreadsheets(String version, List<RulesetFile> files) {
        return RulesetZip.write(version, files, true);
    }

    /** The files ruleset.properties lists, or null when it lists none (a folder on disk need not). */
    public static List<String> listed(List<RulesetFile> files) {
        return files.stream()
                .filter(RulesetFile::isProperties)
                .findFirst()
                .map(f -> properties(f.content()).getProperty("files"))
                .map(list -> java.util.Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(name -> !name.isEmpty())
                        .sorted()
                        .toList())
                .orElse(null);
    }

    static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The files in the order a ruleset's SHA-256 is taken over them: by name, in Java's order. */
    public static List<RulesetFile> sorted(List<RulesetFile> files) {
        return files.stream().sorted(Comparator.comparing(RulesetFile::name)).toList();
    }

    private static String readResource(String path) {
        try (InputStream in = RulesetFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No ruleset file on the classpath at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static List<String> names(List<RulesetFile> files) {
        return files.stream().map(RulesetFile::name).toList();
    }
}
