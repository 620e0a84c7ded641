package org.msettriage.service.pages;

import java.text.NumberFormat;
import java.util.Locale;

/** The most a page's form may send, in words: "1 MB (1,048,576 bytes)". */
final class UploadLimitWords {

    private static final long MB = 1024L * 1024;
    private static final long KB = 1024L;

    private UploadLimitWords() {}

    static String of(long bytes) {
        String exact = NumberFormat.getIntegerInstance(Locale.UK).format(bytes) + " bytes";
        // Rounded down, so that a file of the size named is never refused.
        if (bytes >= MB) {
            return (bytes / MB) + " MB (" + exact + ")";
        }
        if (bytes >= KB) {
            return (bytes / KB) + " KB (" + exact + ")";
        }
        return exact;
    }
}
