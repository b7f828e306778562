package org.reportlint.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlint.facts.LexiconEntry;

/**
 * The cue words of {@code rules/data/quantity_cues.tsv} by role ({@code up}, {@code target}, {@code approx-before} …):
 * finds the longest cue of a role that starts or ends at a position.
 */
public final class CueTable {
    private final Map<String, Set<String>> byRole = new HashMap<>();
    private final Map<String, Integer> maxLength = new HashMap<>();
    private final Map<String, String> lastChars = new HashMap<>();
    private final Map<String, String> firstChars = new HashMap<>();

    public CueTable(List<LexiconEntry> entries) {
        for (LexiconEntry e : entries) {
            if (!e.getText().isEmpty()) {
                byRole.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(e.getText());
                maxLength.merge(e.getValue(), e.getText().length(), Math::max);
                String w = e.getText();
                lastChars.merge(e.getValue(), w.substring(w.length() - 1), String::concat);
                firstChars.merge(e.getValue(), w.substring(0, 1), String::concat);
            }
        }
    }

    public boolean has(String role, String word) {
        return byRole.getOrDefault(role, Set.of()).contains(word);
    }

    /** The longest cue of {@code role} that ends at {@code end} (exclusive), or null. */
    public String endingAt(String role, String t, int end, int limit) {
        if (end <= limit || lastChars.getOrDefault(role, "").indexOf(t.charAt(end - 1)) < 0) {
            return null;
        }
        Set<String> words = byRole.getOrDefault(role, Set.of());
        for (int len = Math.min(maxLength.getOrDefault(role, 0), end - limit); len > 0; len--) {
            String w = t.substring(end - len, end);
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest cue of {@code role} that starts at {@code i}, or null. */
    public String startingAt(String role, String t, int i) {
        if (i >= t.length() || firstChars.getOrDefault(role, "").indexOf(t.charAt(i)) < 0) {
            return null;
        }
        Set<String> words = byRole.getOrDefault(role, Set.of());
        for (int len = Math.min(maxLength.getOrDefault(role, 0), t.length() - i); len > 0; len--) {
            String w = t.substring(i, i + len);
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The start of the last cue of {@code role} in {@code [from, to)}, or -1. */
    public int lastIndexIn(String role, String t, int from, int to) {
        for (int end = to; end > from; end--) {
            String w = endingAt(role, t, end, from);
            if (w != null) {
                return end - w.length();
            }
        }
        return -1;
    }

    /**
     * The smallest end of a cue of any of {@code roles} lying inside {@code [from, to)}, or -1: whether
     * {@code t[from, x)} contains such a cue is {@code end >= 0 && end <= x}, for every x up to {@code to}.
     */
    public int firstEndIn(List<String> roles, String t, int from, int to) {
        int best = -1;
        for (int i = from; i < to && (best < 0 || i < best); i++) {
            for (String role : roles) {
                Set<String> words = byRole.getOrDefault(role, Set.of());
                int max = Math.min(maxLength.getOrDefault(role, 0), to - i);
                for (int len = 1; len <= max && (best < 0 || i + len < best); len++) {
                    if (words.contains(t.substring(i, i + len))) {
                        best = i + len;
                    }
                }
            }
        }
        return best;
    }

    /** Whether {@code text} contains a cue of any of {@code roles}. */
    public boolean containsAny(List<String> roles, String text) {
        for (String role : roles) {
            for (String w : words(role)) {
                if (text.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Set<String> words(String role) {
        return byRole.getOrDefault(role, Set.of());
    }
}
