package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Where the files of an uploaded zip may sit, and how one too deep is said. */
class RulesetZipFoldersTest {

    private static final List<RulesetFile> PACKAGED = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    @Test
    void aZipOfTheFoldersAboveTheRulesetIsOneProblemSayingToZipTheRulesetFolder() throws IOException {
        // Found in a policy lead's trial: 24 identical "is in a sub-folder" problems, one per file.
        RulesetException refused = catchThrowableOfType(
                RulesetException.class,
                () -> RulesetFiles.fromZipWithScenarios(zip("Downloads/candidates/2027.1.0/", PACKAGED)));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.ZIP);
            assertThat(problem.file()).isEqualTo("(zip)");
            assertThat(problem.message())
                    .isEqualTo(PACKAGED.size() + " files are in sub-folders (all under Downloads/candidates/2027.1.0/):"
                            + " a ruleset is one folder of files; zip the ruleset folder itself, so that its files"
                            + " sit at the top of the zip or in one folder there");
        });
    }

    @Test
    void oneFileInASubFolderBesideTheRulesetIsNamedItself() throws IOException {
        List<RulesetFile> files = new java.util.ArrayList<>(PACKAGED);
        files.add(new RulesetFile("notes/ideas.txt", "weigh V more"));

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromZip(zip("2027.1.0/", files)));

        assertThat(refused.problems())
                .extracting(RulesetProblem::toString)
                .containsExactly("2027.1.0/notes/ideas.txt: is in a sub-folder: a ruleset is one folder of files");
    }

    @Test
    void aPathLeadingOutTheFolderIsTheOneProblemNamedAndTheRulesetsOwnFilesAreNotBlamed() throws IOException {
        // Found in a policy lead's trial: the ruleset's own files were said to be in sub-folders.
        List<RulesetFile> files = new java.util.ArrayList<>(PACKAGED);
        files.add(new RulesetFile("../../outside.txt", "escaped"));

        RulesetException refused = catchThrowableOfType(
                RulesetException.class, () -> RulesetFiles.fromZipWithScenarios(zip("2027.1.0/", files)));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.ZIP);
            assertThat(problem.message())
                    .isEqualTo("The zip holds 2027.1.0/../../outside.txt, a path that leads outside the ruleset"
                            + " folder: a candidate is a zip of one ruleset folder (its ruleset.properties, rules"
                            + " and tables)")
                    .doesNotContain("sub-folder");
        });
    }

    @Test
    void pathsFromTheTopOfADiskOrAParentFolderAreCountedBesideTheFirst() throws IOException {
        List<RulesetFile> files = new java.util.ArrayList<>(PACKAGED);
        files.add(new RulesetFile("/etc/cron.d/job", "escaped"));
        files.add(new RulesetFile("C:\\Windows\\job.bat", "escaped"));
        files.add(new RulesetFile("..\\job.txt", "escaped"));

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromZip(zip("", files)));

        assertThat(refused.problems())
                .extracting(RulesetProblem::message)
                .singleElement()
                .asString()
                .startsWith("The zip holds /etc/cron.d/job and 2 other paths that lead outside the ruleset folder:");
    }

    @Test
    void aFileWhoseNameOnlyBeginsWithTwoDotsStaysInTheFolder() throws IOException {
        List<RulesetFile> files = new java.util.ArrayList<>(PACKAGED);
        files.add(new RulesetFile("..notes.txt", "kept beside"));

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromZip(zip("2027.1.0/", files)));

        assertThat(refused).as("a hidden file is left out, not refused").isNull();
    }

    @Test
    void aZipOfTheRulesetFolderItselfIsRead() throws IOException {
        assertThat(RulesetFiles.fromZip(zip("2027.1.0/", PACKAGED))).isEqualTo(PACKAGED);
    }

    private static ByteArrayInputStream zip(String folder, List<RulesetFile> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (RulesetFile file : files) {
                out.putNextEntry(new ZipEntry(folder + file.name()));
                out.write(file.content().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
