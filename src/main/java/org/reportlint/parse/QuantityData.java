package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reportlint.data.DataSet;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;

/**
 * The data the quantity scanners read: units, cue words, metric names, numbered formulae (四个意识) and the
 * general word list. Missing files give empty tables, so a bare data set still parses (finding nothing).
 */
public final class QuantityData {
    public static final String UNITS = "units";
    public static final String CUES = "quantity_cues";
    public static final String METRICS = "metrics";
    public static final String FORMULAE = "numbered_formulae";
    public static final String PARTITIONS = "sum_partitions";
    public static final String COUNT_CLASSES = "count_classes";

    private final UnitTable units;
    private final CueTable cues;
    private final Map<String, String> metrics = new HashMap<>();
    private final Map<String, String> formulae = new HashMap<>();
    private final Supplier<WordDictionary> words;
    private final List<List<String>> partitions = new ArrayList<>();
    private final Map<String, String> countClasses = new HashMap<>();
    private int maxMetric;
    private int maxFormula;

    public QuantityData(DataSet data) {
        Lexicon u = data.lexicon(UNITS);
        units = new UnitTable(u == null ? List.of() : u.rows());
        cues = new CueTable(entries(data, CUES));
        for (LexiconEntry e : entries(data, METRICS)) {
            metrics.putIfAbsent(e.getText(), e.getText());
            if (!e.getValue().isEmpty()) {
                metrics.putIfAbsent(e.getValue(), e.getText());
            }
        }
        metrics.keySet().forEach(k -> maxMetric = Math.max(maxMetric, k.length()));
        for (LexiconEntry e : entries(data, FORMULAE)) {
            formulae.put(e.getText(), e.getValue());
            maxFormula = Math.max(maxFormula, e.getText().length());
        }
        for (LexiconEntry e : entries(data, PARTITIONS)) {
            partitions.add(List.of(e.getText().split("、")));
        }
        for (LexiconEntry e : entries(data, COUNT_CLASSES)) {
            countClasses.put(e.getText(), e.getValue());
        }
        words = data::words;
    }

    /** The label sets of {@code sum_partitions.tsv}: members that together make up a whole (出口、进口). */
    public List<List<String>> partitions() {
        return partitions;
    }

    /** The class of a counting classifier in {@code count_classes.tsv} ({@code generic}, {@code work}), or null. */
    public String countClass(String classifier) {
        return countClasses.get(classifier);
    }

    private static List<LexiconEntry> entries(DataSet data, String name) {
        Lexicon l = data.lexicon(name);
        return l == null ? List.of() : l.entries();
    }

    public UnitTable units() {
        return units;
    }

    public CueTable cues() {
        return cues;
    }

    public WordDictionary words() {
        return words.get();
    }

    /** A metric name found in text: where it starts and its canonical name. */
    public record MetricMatch(int start, String canonical) {
    }

    /** The longest metric name in {@code metrics.tsv} that ends at {@code end}, not before {@code limit}; or null. */
    public MetricMatch metricEndingAt(String t, int end, int limit) {
        for (int len = Math.min(maxMetric, end - limit); len > 1; len--) {
            String c = metrics.get(t.substring(end - len, end));
            if (c != null) {
                return new MetricMatch(end - len, c);
            }
        }
        return null;
    }

    /** Whether {@code name} is a canonical metric of {@code metrics.tsv} (地区生产总值), not a phrase read off the text. */
    public boolean isKnownMetric(String name) {
        return name != null && name.equals(metrics.get(name));
    }

    /** The length of the numbered formula (四个意识, 三农) that starts at {@code i}, or 0. */
    public int formulaAt(String t, int i) {
        for (int len = Math.min(maxFormula, t.length() - i); len > 1; len--) {
            if (formulae.containsKey(t.substring(i, i + len))) {
                return len;
            }
        }
        return 0;
    }
}
