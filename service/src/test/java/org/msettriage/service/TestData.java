package org.msettriage.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test-data folder beside the modules. */
public final class TestData {

    public static final Path ROOT = Path.of(System.getProperty("test-data.dir", "../test-data"));

    private TestData() {}

    public static String read(String relativePath) {
        try {
            return Files.readString(ROOT.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
