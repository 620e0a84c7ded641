package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** An upload that is not a zip of one ruleset folder is said to be so, as a problem of the upload as a whole. */
class RulesetZipUploadTest {

    private static final String EXPECTED =
            ": a candidate is a zip of one ruleset folder (its ruleset.properties, rules and tables)";

    @Test
    void jsonSentAsACandidateIsNotAZipFileNotAZipOfNoFiles() {
        // Found in a new user's trial: a JSON file uploaded was "the zip holds no files".
        byte[] json = "{\"version\": \"2027.1.0\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(json)).isEqualTo("(zip): This is not a zip file" + EXPECTED);
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        assertThat(refusal(new byte[0])).isEqualTo("(zip): The file is empty" + EXPECTED);
    }

    @Test
    void aZipOfNoFilesIsSaidToHoldNone() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();

        assertThat(refusal(bytes.toByteArray())).isEqualTo("(zip): The zip holds no files" + EXPECTED);
    }

    @Test
    void aZipOfEmptyFoldersIsSaidToHoldOnlyThem() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("2027.1.0/"));
            out.closeEntry();
        }

        assertThat(refusal(bytes.toByteArray())).isEqualTo("(zip): The zip holds only empty folders" + EXPECTED);
    }

    @Test
    void aZipCutShortIsSaidToBeDamagedOrPartlySent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("2027.1.0/ruleset.properties"));
            out.write("version=2027.1.0\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), 60);

        assertThat(refusal(cut))
                .isEqualTo("(zip): The zip cannot be read: it is damaged, or not all of it was sent" + EXPECTED);
    }

    private static String refusal(byte[] upload) {
        RulesetException refused = catchThrowableOfType(
                RulesetException.class, () -> RulesetFiles.fromZipWithScenarios(new ByteArrayInputStream(upload)));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.ZIP));
        return refused.problems().get(0).toString();
    }
}
