package org.msettriage.rules.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads an uploaded ruleset zip. The limits are far above any real ruleset (the packaged one is about
 * 20 files and 150 KB, and the scenarios a candidate may carry about 270 files and 1 MB) and stop a small
 * upload from unpacking into something that fills the memory.
 */
final class RulesetZip {

    static final int MAX_FILES = 2_000;
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;

    /** What each refusal of the upload as a whole ends with: what was expected instead. */
    static final String EXPECTED =
            ": a candidate is a zip of one ruleset folder (its ruleset.properties, rules and tables)";

    /** How a zip's first file begins, and how a zip of no files does (its directory's end, at once). */
    private static final byte[] FILE_HEADER = {'P', 'K', 3, 4};

    private static final byte[] NO_FILES = {'P', 'K', 5, 6};

    private RulesetZip() {}

    static List<RulesetFile> read(InputStream zip) {
        return read(zip, false).ruleset();
    }

    /**
     * The ruleset's files and, when {@code withScenarios}, the scenario files of its {@code scenarios/}
     * folder (any other sub-folder is still refused).
     */
    static RulesetFiles.Candidate read(InputStream zip, boolean withScenarios) {
        List<RulesetProblem> problems = new ArrayList<>();
        List<RulesetFile> scenarios = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        long unpacked = 0;
        // A zip reader takes bytes that are no zip at all for a zip of no files: told apart by how they begin.
        PushbackInputStream upload = new PushbackInputStream(zip, FILE_HEADER.length);
        byte[] start = begin(upload);
        if (start.length == 0) {
            throw invalid("The file is empty" + EXPECTED);
        }
        if (Arrays.equals(start, NO_FILES)) {
            throw invalid("The zip holds no files" + EXPECTED);
        }
        if (!Arrays.equals(start, FILE_HEADER)) {
            throw invalid("This is not a zip file" + EXPECTED);
        }
        try (ZipInputStream in = new ZipInputStream(upload, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (paths.size() == MAX_FILES) {
                    throw invalid("The zip holds more than " + MAX_FILES + " files" + EXPECTED);
                }
                byte[] bytes = readAtMost(in, MAX_UNPACKED_BYTES - unpacked);
                unpacked += bytes.length;
                paths.add(entry.getName());
                contents.add(bytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("The zip cannot be read: it is damaged, or not all of it was sent" + EXPECTED);
        }
        if (paths.isEmpty()) {
            throw invalid("The zip holds only empty folders" + EXPECTED);
        }
        refuseLeadingOutside(paths);
        String folder = commonFolder(paths);
        List<RulesetFile> files = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String name = paths.get(i).substring(folder.length());
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.startsWith(".") || name.startsWith("__MACOSX/")) {
                continue; // Hidden files and the resource forks macOS adds to zips are not the ruleset's.
            }
            boolean scenario = withScenarios
                    && name.startsWith(RulesetFiles.SCENARIOS)
                    && !name.substring(RulesetFiles.SCENARIOS.length()).contains("/");
            if (scenario && !name.endsWith(".json")) {
                // Refused as a candidate folder's scenarios/ and --scenarios refuse it: it would go unrun.
                problems.add(new RulesetProblem(RulesetProblem.Kind.OWN_SCENARIO, name, 0, 0, RulesetFiles.NOT_JSON));
            } else if (scenario) {
                RulesetProblem notText = Utf8Files.problem(name, contents.get(i), RulesetProblem.Kind.OWN_SCENARIO);
                if (notText == null) {
                    scenarios.add(new RulesetFile(
                            name.substring(RulesetFiles.SCENARIOS.length()),
                            new String(contents.get(i), StandardCharsets.UTF_8)));
                } else {
                    problems.add(notText);
                }
            } else if (name.contains("/") || name.contains("\\")) {
                nested.add(paths.get(i));
            } else if (SpreadsheetTables.isSpreadsheet(name)) {
                try {
                    files.add(SpreadsheetTables.read(name, contents.get(i)));
                } catch (RulesetException e) {
                    problems.addAll(e.problems());
                }
            } else {
                RulesetProblem notText = Utf8Files.problem(name, contents.get(i), RulesetProblem.Kind.FILES);
                if (notText == null) {
                    files.add(new RulesetFile(name, new String(contents.get(i), StandardCharsets.UTF_8)));
                } else {
                    problems.add(notText);
                }
            }
        }
        problems.addAll(0, nestedProblems(nested));
        if (!problems.isEmpty()) {
            throw withScenarios
                    ? new CandidateUnread(problems, RulesetFiles.sorted(scenarios))
                    : new RulesetException(problems);
        }
        return new RulesetFiles.Candidate(RulesetFiles.sorted(files), RulesetFiles.sorted(scenarios));
    }

    /**
     * A ruleset as a zip of one folder named after its version, so unzipping it gives a candidate folder
     * to edit and zipping that folder again gives what validation reads. Entries carry a fixed time, so
     * the same ruleset always zips to the same bytes.
     */
    static byte[] write(String folder, List<RulesetFile> files, boolean tablesAsSpreadsheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (RulesetFile file : RulesetFiles.sorted(files)) {
                boolean spreadsheet = tablesAsSpreadsheets && file.isTable();
                String name =
                        spreadsheet ? file.name().replaceFirst("\\.csv$", SpreadsheetTables.EXTENSION) : file.name();
                ZipEntry entry = new ZipEntry(folder + "/" + name);
                entry.setTimeLocal(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(
                        spreadsheet
                                ? SpreadsheetTables.write(file)
                                : file.content().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);

    /**
     * Files in sub-folders, each named when there is one; when there are more (a zip of the folders above
     * the ruleset, say), one problem, since every file has the same remedy.
     */
    private static List<RulesetProblem> nestedProblems(List<String> nested) {
        if (nested.size() == 1) {
            return List.of(new RulesetProblem(
                    RulesetProblem.Kind.FILES,
                    nested.get(0),
                    0,
                    0,
                    "is in a sub-folder: a ruleset is one folder of files"));
        }
        if (nested.isEmpty()) {
            return List.of();
        }
        String under = nested.get(0).substring(0, nested.get(0).lastIndexOf('/') + 1);
        while (!under.isEmpty()) {
            String prefix = under;
            if (nested.stream().allMatch(path -> path.startsWith(prefix))) {
                break;
            }
            under = under.substring(0, under.lastIndexOf('/', under.length() - 2) + 1);
        }
        return List.of(new RulesetProblem(
                RulesetProblem.Kind.ZIP,
                RulesetFiles.WHOLE_ZIP,
                0,
                0,
                nested.size() + " files are in sub-folders"
                        + (under.isEmpty() ? " (" + nested.get(0) + ", ...)" : " (all under " + under + ")")
                        + ": a ruleset is one folder of files; zip the ruleset folder itself, so that its files sit"
                        + " at the top of the zip or in one folder there"));
    }

    /** How far an entry's path is quoted: a zip may name one at any length. */
    private static final int MOST_QUOTED = 200;

    /**
     * Refuses a zip holding a path that climbs out of the folder it unzips into ({@code ../}, or one from the
     * top of the disk): said as the one problem it is, naming it, rather than read as a second folder that
     * puts every other file in a sub-folder (a policy lead's trial was told its own files were misplaced).
     */
    private static void refuseLeadingOutside(List<String> paths) {
        List<String> outside = paths.stream().filter(RulesetZip::leadsOutside).toList();
        if (outside.isEmpty()) {
            return;
        }
        String first = outside.get(0).length() > MOST_QUOTED
                ? outside.get(0).substring(0, MOST_QUOTED) + "\u2026"
                : outside.get(0);
        String others = switch (outside.size()) {
            case 1 -> ", a path that leads";
            case 2 -> " and 1 other path that lead";
            default -> " and " + (outside.size() - 1) + " other paths that lead";
        };
        throw invalid("The zip holds " + first + others + " outside the ruleset folder" + EXPECTED);
    }

    /** Whether a path names a parent folder, or starts at the top of a disk (/, \\ or a drive letter). */
    private static boolean leadsOutside(String path) {
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        return Arrays.asList(path.split("[/\\\\]")).contains("..");
    }

    /** The one folder every file is in (as zipping a folder gives), or "" when they are not all in one. */
    private static String commonFolder(List<String> paths) {
        String first = paths.get(0);
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        return paths.stream().allMatch(p -> p.startsWith(folder) || p.startsWith("__MACOSX/")) ? folder : "";
    }

    private static byte[] readAtMost(InputStream in, long allowed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            if (out.size() + read > allowed) {
                throw invalid("The zip unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB" + EXPECTED);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The first bytes of the upload, put back to be read again; fewer when it is shorter. */
    private static byte[] begin(PushbackInputStream upload) {
        try {
            byte[] start = upload.readNBytes(FILE_HEADER.length);
            upload.unread(start);
            return start;
        } catch (IOException e) {
            throw invalid("The zip cannot be read: not all of it was sent" + EXPECTED);
        }
    }

    private static RulesetException invalid(String message) {
        return new RulesetException(
                List.of(new RulesetProblem(RulesetProblem.Kind.ZIP, RulesetFiles.WHOLE_ZIP, 0, 0, message)));
    }
}
