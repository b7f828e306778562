package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Strings mapped to values, scanned for at every position of a text by extending a match only while it is still the
 * prefix of some key (most positions stop after one character).
 */
final class PrefixIndex<V> {
    private final Map<String, List<V>> keys = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    void add(String key, V value) {
        if (key.isEmpty()) {
            return;
        }
        keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        for (int i = 1; i <= key.length(); i++) {
            prefixes.add(key.substring(0, i));
        }
    }

    /** Calls {@code hit(start, value)} for every key occurring in {@code text} at {@code start}, shortest first. */
    void forEachAt(String text, int start, BiConsumer<Integer, V> hit) {
        for (int end = start + 1; end <= text.length(); end++) {
            String s = text.substring(start, end);
            if (!prefixes.contains(s)) {
                return;
            }
            List<V> vs = keys.get(s);
            if (vs != null) {
                for (V v : vs) {
                    hit.accept(end, v);
                }
            }
        }
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }
}
