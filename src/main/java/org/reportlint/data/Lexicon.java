package org.reportlint.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.facts.LexiconEntry;

/**
 * One data file of {@code rules/data}: its header fields ({@code source}, {@code licence}, {@code regenerate},
 * {@code facts} …) and its entries.
 */
public final class Lexicon {
    private final String name;
    private final Map<String, String> header;
    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> byText;

    public Lexicon(String name, Map<String, String> header, List<LexiconEntry> entries) {
        this.name = name;
        this.header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        this.entries = List.copyOf(entries);
        Map<String, LexiconEntry> map = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            map.putIfAbsent(e.getText(), e);
        }
        this.byText = Collections.unmodifiableMap(map);
    }

    public String name() {
        return name;
    }

    /** Header field, e.g. {@code source}; null when absent. */
    public String header(String key) {
        return header.get(key);
    }

    public Map<String, String> header() {
        return header;
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public boolean contains(String text) {
        return byText.containsKey(text);
    }

    /** The first entry with this text, or null. */
    public LexiconEntry get(String text) {
        return byText.get(text);
    }

    /**
     * Whether the entries go into every rule session as {@link LexiconEntry} facts. Large lexicons that only
     * scanners consult say {@code # facts: no} in their header.
     */
    public boolean asFacts() {
        return !"no".equals(header.get("facts"));
    }
}
