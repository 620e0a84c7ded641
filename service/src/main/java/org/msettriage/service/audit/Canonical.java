package org.msettriage.service.audit;

/**
 * An unambiguous text form of named values for hashing: a version line, then one line per value as
 * {@code name:length:value} ({@code name:-} for none). The length prefix means no value can be crafted
 * to read as two, whatever characters it holds.
 */
final class Canonical {

    private final StringBuilder text = new StringBuilder();

    Canonical(String version) {
        text.append(version).append('\n');
    }

    Canonical add(String name, Object value) {
        text.append(name).append(':');
        if (value == null) {
            text.append('-');
        } else {
            String shown = value.toString();
            text.append(shown.length()).append(':').append(shown);
        }
        text.append('\n');
        return this;
    }

    String text() {
        return text.toString();
    }
}
