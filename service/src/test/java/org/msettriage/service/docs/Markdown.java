package org.msettriage.service.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One Markdown page of the repository, read as GitHub renders it: headings, links and code blocks. */
record Markdown(Path file, String text) {

    private static final Pattern FENCE = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    static Markdown read(Path file) {
        try {
            return new Markdown(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** README.md, CONTRIBUTING.md and every page under docs/, in a stable order. */
    static List<Markdown> pagesOf(Path root) {
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().map(Markdown::read).toList();
    }

    /** The contents of every fenced code block, in order. */
    List<String> codeBlocks() {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** The text outside fenced code blocks and inline code, where links and headings are. */
    String prose() {
        return INLINE_CODE.matcher(FENCE.matcher(text).replaceAll("")).replaceAll("");
    }

    /** Every link target written [like](this), images included, outside code. */
    List<String> links() {
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(prose());
        while (m.find()) {
            targets.add(m.group(1));
        }
        return targets;
    }

    /** The anchors GitHub gives this page's headings, duplicates numbered as GitHub numbers them. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : FENCE.matcher(text).replaceAll("").split("\n")) {
            Matcher heading = Pattern.compile("^#{1,6} +(.+?)#*\\s*$").matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    /** GitHub's heading slug: the rendered text in lower case, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String rendered = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
        return rendered.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{Mn} _-]", "")
                .replace(' ', '-');
    }

    String name(Path root) {
        return root.relativize(file).toString();
    }
}
