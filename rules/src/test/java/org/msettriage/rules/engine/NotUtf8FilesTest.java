package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved in another encoding than UTF-8 is refused wherever a ruleset is read from (a folder, a
 * zip), once, at its line and byte, saying how to save it: read leniently, a Latin-1 "café" becomes
 * "caf\uFFFD" in wording professionals read, and a UTF-16 table has no columns at all.
 */
class NotUtf8FilesTest {

    @TempDir
    Path folder;

    private static final String CAFE_LINE = "CSE99,CSE,S,RISK,Seen at the caf\u00e9 with older men\n";

    @Test
    void aLatin1TableInAFolderIsRefusedAtItsLineAndByte() throws IOException {
        writePackaged(folder);
        int line = appendLatin1Row(folder.resolve("indicators.csv"));

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromDirectory(folder));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.FILES);
            assertThat(problem.file()).isEqualTo("indicators.csv");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(CAFE_LINE.indexOf('\u00e9') + 1);
            assertThat(problem.message()).contains("is not UTF-8 text").contains("\"CSV UTF-8\"");
        });
    }

    @Test
    void aLatin1TableInAZipIsRefusedRatherThanReadWithReplacementCharacters() throws IOException {
        writePackaged(folder);
        int line = appendLatin1Row(folder.resolve("indicators.csv"));

        RulesetException refused = catchThrowableOfType(
                RulesetException.class, () -> RulesetFiles.fromZipWithScenarios(zipOf(folder, "candidate/")));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("indicators.csv");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains("is not UTF-8 text");
        });
    }

    @Test
    void aUtf16TableIsNamedAsUtf16WithOrWithoutItsByteOrderMark() throws IOException {
        writePackaged(folder);
        String points = Files.readString(folder.resolve("points.csv"));
        Files.write(folder.resolve("points.csv"), points.getBytes(StandardCharsets.UTF_16LE));
        Files.write(
                folder.resolve("tiers.csv"),
                Files.readString(folder.resolve("tiers.csv"))
                        .getBytes(Charset.forName("UTF-16"))); // big-endian, with its byte-order mark

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromDirectory(folder));

        assertThat(refused.problems())
                .extracting(RulesetProblem::file, RulesetProblem::line, RulesetProblem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("points.csv", 1, 2),
                        org.assertj.core.groups.Tuple.tuple("tiers.csv", 1, 1));
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.message()).contains("is UTF-16 text, not UTF-8"));
    }

    @Test
    void aDrlFileAndACarriedScenarioAreHeldToUtf8Too() throws IOException {
        writePackaged(folder);
        Path drl = folder.resolve("scoring.drl");
        Files.write(drl, ("// Caf\u00e9\n" + Files.readString(drl)).getBytes(StandardCharsets.ISO_8859_1));
        Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
        Files.write(scenarios.resolve("mine.json"), "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromDirectoryWithScenarios(folder));
        RulesetException zipped = catchThrowableOfType(
                RulesetException.class, () -> RulesetFiles.fromZipWithScenarios(zipOf(folder, "")));

        for (RulesetException each : List.of(refused, zipped)) {
            assertThat(each.problems())
                    .extracting(RulesetProblem::kind, RulesetProblem::file, RulesetProblem::line)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(RulesetProblem.Kind.FILES, "scoring.drl", 1),
                            org.assertj.core.groups.Tuple.tuple(
                                    RulesetProblem.Kind.OWN_SCENARIO, "scenarios/mine.json", 1));
            assertThat(each.problems().get(0).message()).contains("save it again with the encoding UTF-8");
        }
    }

    @Test
    void aTableSavedAsCsvUtf8WithItsByteOrderMarkIsStillRead() throws IOException {
        writePackaged(folder);
        Path indicators = folder.resolve("indicators.csv");
        Files.writeString(indicators, "\uFEFF" + Files.readString(indicators) + CAFE_LINE.replace("CSE99", "CSE98"));

        List<RulesetFile> read = RulesetFiles.fromDirectory(folder);
        List<RulesetFile> zipped = RulesetFiles.fromZip(zipOf(folder, "candidate/"));

        for (List<RulesetFile> files : List.of(read, zipped)) {
            assertThat(files)
                    .filteredOn(f -> f.name().equals("indicators.csv"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.content())
                            .startsWith("code")
                            .contains("Seen at the caf\u00e9 with older men"));
        }
    }

    private static void writePackaged(Path folder) throws IOException {
        for (RulesetFile file : RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER)) {
            Files.writeString(folder.resolve(file.name()), file.content());
        }
    }

    /** Appends the Latin-1 row, giving the line it stands on. */
    private static int appendLatin1Row(Path table) throws IOException {
        String text = Files.readString(table);
        Files.write(table, (text + CAFE_LINE).getBytes(StandardCharsets.ISO_8859_1));
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    private static ByteArrayInputStream zipOf(Path folder, String inFolder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                var paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(
                        inFolder + folder.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
