package org.msettriage.service.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curl command as a shell would split it: quotes joined to their word, continuation lines joined,
 * a command written as a comment read as one, and each {@code $(...)} read as a command of its own
 * and left in its word as {@code {sub}}.
 */
record Curl(String method, String path, Optional<String> bearer, List<String> bodies, String source) {

    private static final Pattern START = Pattern.compile("(?m)(?<![\\w-])curl\\s");
    private static final Pattern URL = Pattern.compile("^(?:https?://)?localhost:8080(/[^?#]*)?(?:[?#].*)?$");
    private static final Set<String> DATA = Set.of("-d", "--data", "--data-raw", "--data-binary");

    /** Every curl command in a code block. */
    static List<Curl> in(String block) {
        List<Curl> commands = new ArrayList<>();
        String text = block.replaceAll("(?m)^(\\s*)#\\s?(?=.*\\bcurl\\s)", "$1") // a command shown as a comment
                .replaceAll("\\\\\\n\\s*#?\\s*", " "); // continuation lines, commented ones too
        Matcher m = START.matcher(text);
        while (m.find()) {
            if (insideSubstitution(text, m.start())) {
                continue; // read with the command it is in
            }
            commands.addAll(parse(text.substring(m.end())));
        }
        return commands;
    }

    private static boolean insideSubstitution(String text, int at) {
        return text.lastIndexOf("$(", at) > text.lastIndexOf(')', at) && text.lastIndexOf("$(", at) >= 0;
    }

    private static List<Curl> parse(String rest) {
        List<Curl> found = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        scan:
        while (i < rest.length()) {
            char c = rest.charAt(i);
            switch (c) {
                case '\'' -> {
                    int end = rest.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new AssertionError("a quote never closed, as a shell reads it: curl " + rest);
                    }
                    word.append(rest, i + 1, end);
                    i = end + 1;
                    continue;
                }
                case '"' -> {
                    int end = i + 1;
                    while (end < rest.length() && rest.charAt(end) != '"') {
                        end += rest.startsWith("$(", end) ? closing(rest, end + 2) - end + 1 : 1;
                    }
                    if (end >= rest.length()) {
                        throw new AssertionError("a quote never closed, as a shell reads it: curl " + rest);
                    }
                    word.append(substitutions(rest.substring(i + 1, end), found));
                    i = end + 1;
                    continue;
                }
                case '$' -> {
                    if (rest.startsWith("$(", i)) {
                        int end = closing(rest, i + 2);
                        word.append(substitutions(rest.substring(i, end + 1), found));
                        i = end + 1;
                        continue;
                    }
                    word.append(c);
                }
                case ' ', '\t' -> {
                    if (!word.isEmpty()) {
                        words.add(word.toString());
                        word.setLength(0);
                    }
                }
                case '\n', '|', ';', '&' -> {
                    break scan;
                }
                case '#' -> {
                    if (word.isEmpty()) {
                        break scan;
                    }
                    word.append(c);
                }
                default -> word.append(c);
            }
            i++;
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        found.add(of(words, rest));
        return found;
    }

    /** Replaces each $(...) by {sub}, reading any curl inside it as a command of its own. */
    private static String substitutions(String text, List<Curl> found) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$(", i)) {
                int end = closing(text, i + 2);
                found.addAll(in(text.substring(i + 2, end)));
                out.append("{sub}");
                i = end + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new AssertionError("no closing parenthesis in " + text);
    }

    private static Curl of(List<String> words, String source) {
        String method = null;
        String path = null;
        Optional<String> bearer = Optional.empty();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            Matcher url = URL.matcher(w);
            if (w.equals("-X")) {
                method = next;
            } else if ((w.equals("-H")) && next.startsWith("Authorization: Bearer ")) {
                bearer = Optional.of(next.substring("Authorization: Bearer ".length()));
            } else if (DATA.contains(w)) {
                bodies.add(next);
            } else if (url.matches()) {
                path = url.group(1) == null ? "/" : url.group(1);
            }
        }
        if (method == null) {
            method = bodies.isEmpty() ? "GET" : "POST";
        }
        String firstLine = source.lines().findFirst().orElse("").strip();
        return new Curl(method, path, bearer, bodies, "curl " + firstLine);
    }
}
