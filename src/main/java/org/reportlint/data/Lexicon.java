package org.reportlint.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reportlint.facts.LexiconEntry;

/**
 * One data file of {@code rules/data}: its header fields ({@code source}, {@code licence}, {@code regenerate},
 * {@code facts} …) and its entries.
 */
public final class Lexicon {
    private final String name;
    private final Path file;
    private final Map<String, String> header;
    private final Supplier<List<LexiconEntry>> loader;
    private volatile Loaded loaded;

    private record Loaded(List<LexiconEntry> entries, Map<String, LexiconEntry> byText) {
    }

    public Lexicon(String name, Map<String, String> header, List<LexiconEntry> entries) {
        this(name, null, header, () -> entries);
    }

    /** A lexicon read from {@code file}, its entries on first use. */
    public Lexicon(String name, Path file, Map<String, String> header, Supplier<List<LexiconEntry>> loader) {
        this.name = name;
        this.file = file;
        this.header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        this.loader = loader;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    List<LexiconEntry> entries = List.copyOf(loader.get());
                    Map<String, LexiconEntry> map = new HashMap<>(entries.size() * 2);
                    for (LexiconEntry e : entries) {
                        map.putIfAbsent(e.getText(), e);
                    }
                    l = new Loaded(entries, Collections.unmodifiableMap(map));
                    loaded = l;
                }
            }
        }
        return l;
    }

    public String name() {
        return name;
    }

    /** The data file, or null for a lexicon built in memory. */
    public Path file() {
        return file;
    }

    /** Header field, e.g. {@code source}; null when absent. */
    public String header(String key) {
        return header.get(key);
    }

    public Map<String, String> header() {
        return header;
    }

    public List<LexiconEntry> entries() {
        return loaded().entries();
    }

    /**
     * Every entry with all its tab-separated columns, for tables wider than text, value and note (e.g.
     * {@code units.tsv}); a lexicon built in memory gives its entries' three columns.
     */
    public List<List<String>> rows() {
        if (file == null) {
            return entries().stream().map(e -> List.of(e.getText(), e.getValue(), e.getNote())).toList();
        }
        List<List<String>> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(Arrays.stream(l.split("\t", -1)).map(String::strip).toList());
                }
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return out;
    }

    public boolean contains(String text) {
        return loaded().byText().containsKey(text);
    }

    /** The first entry with this text, or null. */
    public LexiconEntry get(String text) {
        return loaded().byText().get(text);
    }

    /**
     * Whether the entries go into every rule session as {@link LexiconEntry} facts. Large lexicons that only
     * scanners consult say {@code # facts: no} in their header.
     */
    public boolean asFacts() {
        return !"no".equals(header.get("facts"));
    }
}
