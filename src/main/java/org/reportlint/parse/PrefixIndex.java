package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Strings mapped to values, scanned for at every position of a text: a character trie, so a scan allocates nothing
 * and most positions stop after one character.
 */
final class PrefixIndex<V> {
    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        List<V> values;
    }

    private final Node<V> root = new Node<>();
    private boolean empty = true;

    void add(String key, V value) {
        if (key.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (int i = 0; i < key.length(); i++) {
            n = n.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
        empty = false;
    }

    /** Calls {@code hit(end, value)} for every key occurring in {@code text} at {@code start}, shortest first. */
    void forEachAt(String text, int start, BiConsumer<Integer, V> hit) {
        Node<V> n = root;
        for (int end = start + 1; end <= text.length(); end++) {
            n = n.next.get(text.charAt(end - 1));
            if (n == null) {
                return;
            }
            if (n.values != null) {
                for (V v : n.values) {
                    hit.accept(end, v);
                }
            }
        }
    }

    boolean isEmpty() {
        return empty;
    }
}
