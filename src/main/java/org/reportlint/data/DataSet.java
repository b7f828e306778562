package org.reportlint.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Threshold;

/**
 * All data files of {@code rules/data}: lexicons ({@code *.tsv}, one entry a line, tab-separated
 * {@code text, value, note}) and {@code thresholds.tsv} ({@code name, value, source}). Loaded once per run.
 */
public final class DataSet {
    public static final String THRESHOLDS = "thresholds";

    private final Map<String, Lexicon> lexicons;
    private final Map<String, Threshold> thresholds;

    private DataSet(Map<String, Lexicon> lexicons, Map<String, Threshold> thresholds) {
        this.lexicons = lexicons;
        this.thresholds = thresholds;
    }

    public static DataSet empty() {
        return new DataSet(Map.of(), Map.of());
    }

    /** Reads every {@code *.tsv} under {@code dataDir} (a missing directory gives an empty set). */
    public static DataSet load(Path dataDir) {
        Map<String, Lexicon> lexicons = new TreeMap<>();
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        if (!Files.isDirectory(dataDir)) {
            return new DataSet(lexicons, thresholds);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                Lexicon lex = read(p);
                lexicons.put(lex.name(), lex);
                if (lex.name().equals(THRESHOLDS)) {
                    for (LexiconEntry e : lex.entries()) {
                        thresholds.put(e.getText(), threshold(p, e));
                    }
                }
            }
        } catch (IOException e) {
            throw new DataException(dataDir + ": cannot read data files (" + e.getMessage() + ")");
        }
        return new DataSet(lexicons, thresholds);
    }

    private static Threshold threshold(Path file, LexiconEntry e) {
        try {
            return new Threshold(e.getText(), new BigDecimal(e.getValue().trim()), e.getNote());
        } catch (NumberFormatException ex) {
            throw new DataException(file + ": threshold " + e.getText() + " has no numeric value: '"
                    + e.getValue() + "'");
        }
    }

    /** Parses one data file: {@code # key: value} header lines, then entries; {@code #} lines are comments. */
    static Lexicon read(Path p) throws IOException {
        String name = p.getFileName().toString().replaceFirst("\\.tsv$", "");
        Map<String, String> header = new LinkedHashMap<>();
        List<LexiconEntry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (entries.isEmpty() && colon > 1) {
                    String key = line.substring(1, colon).trim().toLowerCase(java.util.Locale.ROOT);
                    if (key.matches("[a-z-]+")) {
                        header.merge(key, line.substring(colon + 1).trim(), (a, b) -> a + " " + b);
                    }
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            entries.add(new LexiconEntry(name, cols[0].strip(), cols.length > 1 ? cols[1].strip() : "",
                    cols.length > 2 ? cols[2].strip() : ""));
        }
        return new Lexicon(name, header, entries);
    }

    public Lexicon lexicon(String name) {
        return lexicons.get(name);
    }

    public Map<String, Lexicon> lexicons() {
        return lexicons;
    }

    public Threshold threshold(String name) {
        return thresholds.get(name);
    }

    /** The facts every rule session starts with: thresholds and the entries of fact lexicons. */
    public List<Object> sessionFacts() {
        List<Object> facts = new ArrayList<>(thresholds.values());
        for (Lexicon lex : lexicons.values()) {
            if (lex.asFacts() && !lex.name().equals(THRESHOLDS)) {
                facts.addAll(lex.entries());
            }
        }
        return facts;
    }
}
