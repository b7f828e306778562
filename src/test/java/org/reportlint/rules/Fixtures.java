package org.reportlint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code src/test/resources/fixtures/<rule-id>/{positive,negative}.txt}. Cases are separated by a line
 * {@code ---}; {@code # } lines at the top of a case say why it exists; {@code \#} at a line start stands for
 * a literal {@code #} (markdown headings in markup fixtures).
 */
public final class Fixtures {
    public static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    public static Stream<FixtureCase> all() {
        return ruleDirs().stream().flatMap(d -> Stream.concat(read(d, true).stream(), read(d, false).stream()));
    }

    public static List<Path> ruleDirs() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<FixtureCase> read(Path ruleDir, boolean positive) {
        Path file = ruleDir.resolve(positive ? "positive.txt" : "negative.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rule = ruleDir.getFileName().toString();
        List<FixtureCase> cases = new ArrayList<>();
        List<String> text = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        int start = 1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "---";
            if (line.equals("---")) {
                if (!text.isEmpty()) {
                    cases.add(new FixtureCase(rule, file.toString(), start, positive, why.toString().strip(),
                            String.join("\n", text)));
                }
                text.clear();
                why.setLength(0);
                start = i + 2;
            } else if (text.isEmpty() && line.startsWith("#") && !line.startsWith("\\#")) {
                why.append(line.replaceFirst("^#\\s?", "")).append(' ');
            } else {
                text.add(line.startsWith("\\#") ? line.substring(1) : line);
            }
        }
        return cases;
    }
}
