package org.reportlint.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.PlausibleRange;
import org.reportlint.facts.Threshold;

/**
 * All data files of {@code rules/data}: lexicons ({@code *.tsv}, one entry a line, tab-separated
 * {@code text, value, note}) and {@code thresholds.tsv} ({@code name, value, source}). Loaded once per run.
 */
public final class DataSet {
    public static final String THRESHOLDS = "thresholds";

    private final Map<String, Lexicon> lexicons;
    private final Map<String, Threshold> thresholds;
    private volatile WordDictionary words;
    private final List<PlausibleRange> ranges;
    private volatile Gazetteer gazetteer;
    private volatile HanziTable hanzi;
    private final Object gazetteerLock = new Object();
    private final Object hanziLock = new Object();

    private DataSet(Map<String, Lexicon> lexicons, Map<String, Threshold> thresholds) {
        this.lexicons = lexicons;
        this.thresholds = thresholds;
        Lexicon r = lexicons.get(RangeTable.LEXICON);
        this.ranges = r == null ? List.of() : RangeTable.read(r);
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

    /**
     * Parses one data file: {@code # key: value} header lines, then entries; other {@code #} lines are
     * comments. A {@code # facts: no} lexicon has its entries read on first use.
     */
    static Lexicon read(Path p) throws IOException {
        String name = p.getFileName().toString().replaceFirst("\\.tsv$", "");
        Map<String, String> header = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && (line.startsWith("#") || line.startsWith("\uFEFF#"))) {
                int colon = line.indexOf(':');
                if (colon > 1) {
                    String key = line.substring(line.indexOf('#') + 1, colon).trim().toLowerCase(Locale.ROOT);
                    if (key.matches("[a-z-]+")) {
                        header.merge(key, line.substring(colon + 1).trim(), (a, b) -> a + " " + b);
                    }
                }
            }
        }
        if ("no".equals(header.get("facts"))) {
            return new Lexicon(name, p, header, () -> entries(p, name));
        }
        return new Lexicon(name, p, header, () -> entries(p, name));
    }

    private static List<LexiconEntry> entries(Path p, String name) {
        List<LexiconEntry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("\uFEFF#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                entries.add(new LexiconEntry(name, cols[0].strip(), cols.length > 1 ? cols[1].strip() : "",
                        cols.length > 2 ? cols[2].strip() : ""));
            }
        } catch (IOException e) {
            throw new DataException(p + ": cannot read (" + e.getMessage() + ")");
        }
        return entries;
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

    /** The general word list ({@code words.tsv}), or an empty dictionary when the data set has none. */
    public WordDictionary words() {
        WordDictionary w = words;
        if (w == null) {
            synchronized (this) {
                if (words == null) {
                    Lexicon lex = lexicons.get(WordDictionary.LEXICON);
                    words = lex == null || lex.file() == null ? WordDictionary.EMPTY : WordDictionary.read(lex.file());
                }
                w = words;
            }
        }
        return w;
    }

    /** The administrative divisions ({@code divisions.tsv}), read on first use; empty when the data set has none. */
    public Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            synchronized (gazetteerLock) {
                if (gazetteer == null) {
                    Lexicon lex = lexicons.get(Gazetteer.LEXICON);
                    gazetteer = lex == null || lex.file() == null ? Gazetteer.EMPTY : Gazetteer.read(lex.file());
                }
                g = gazetteer;
            }
        }
        return g;
    }

    /** Character shape and sound facts ({@code hanzi.tsv}), read on first use. */
    public HanziTable hanzi() {
        HanziTable h = hanzi;
        if (h == null) {
            synchronized (hanziLock) {
                if (hanzi == null) {
                    Lexicon lex = lexicons.get(HanziTable.LEXICON);
                    hanzi = lex == null || lex.file() == null ? HanziTable.EMPTY : HanziTable.read(lex.file());
                }
                h = hanzi;
            }
        }
        return h;
    }

    /** Loaders of the large data sets, to run on background threads while the rules compile. */
    public List<Runnable> preloads() {
        return List.of(this::words, () -> {
            gazetteer();
            hanzi();
        });
    }

    /** The facts every rule session starts with: thresholds and the entries of fact lexicons. */
    public List<Object> sessionFacts() {
        List<Object> facts = new ArrayList<>(thresholds.values());
        for (Lexicon lex : lexicons.values()) {
            if (lex.name().equals(RangeTable.LEXICON)) {
                facts.addAll(ranges);
            } else if (lex.asFacts() && !lex.name().equals(THRESHOLDS)) {
                facts.addAll(lex.entries());
            }
        }
        return facts;
    }
}
