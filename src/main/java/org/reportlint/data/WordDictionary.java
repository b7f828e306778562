package org.reportlint.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word look-ups over {@code rules/data/words.tsv} (350 000 entries): is this string a word, how common, which
 * part of speech. Kept as sorted parallel arrays rather than a map of boxed values: a third of the load time
 * and a sixth of the memory. A table of 64-bit hashes of the words answers the common question, "this is no word",
 * without a binary search (scanners try every substring around a position); a hit is confirmed by the search.
 */
public final class WordDictionary {
    public static final String LEXICON = "words";
    public static final WordDictionary EMPTY = new WordDictionary(new String[0], new int[0], new byte[0], List.of());

    private final String[] words;
    private final int[] freq;
    private final byte[] pos;
    private final List<String> posNames;
    private final int maxLength;
    /** Open-addressing table of word hashes (0 = empty slot): a power of two, at least 1.5 times the word count. */
    private final long[] hashes;
    private volatile List<String> characters;
    private final Map<String, Integer> formations = new java.util.concurrent.ConcurrentHashMap<>();

    private WordDictionary(String[] words, int[] freq, byte[] pos, List<String> posNames) {
        this.words = words;
        this.freq = freq;
        this.pos = pos;
        this.posNames = posNames;
        this.maxLength = Arrays.stream(words).mapToInt(String::length).max().orElse(0);
        this.hashes = new long[Integer.highestOneBit(words.length * 3 / 2 + 1) * 2];
        for (String w : words) {
            int slot = (int) hash(w) & (hashes.length - 1);
            while (hashes[slot] != 0) {
                slot = (slot + 1) & (hashes.length - 1);
            }
            hashes[slot] = hash(w);
        }
    }

    /** FNV-1a over the UTF-16 chars, never 0 (0 marks an empty slot). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Whether the word's hash is in the table: false means certainly no word. */
    private boolean mayContain(String word) {
        long h = hash(word);
        int slot = (int) h & (hashes.length - 1);
        while (hashes[slot] != 0) {
            if (hashes[slot] == h) {
                return true;
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        return false;
    }

    /** Reads {@code word<TAB>frequency<TAB>pos} lines; {@code #} lines are the header. */
    static WordDictionary read(Path file) {
        List<String> ws = new ArrayList<>(400_000);
        List<Integer> fs = new ArrayList<>(400_000);
        List<Byte> ps = new ArrayList<>(400_000);
        Map<String, Byte> posIds = new HashMap<>();
        List<String> posNames = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t1 <= 0) {
                    continue;
                }
                ws.add(line.substring(0, t1));
                fs.add(parse(t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2)));
                String p = t2 < 0 ? "" : line.substring(t2 + 1);
                ps.add(posIds.computeIfAbsent(p, k -> {
                    posNames.add(k);
                    return (byte) (posNames.size() - 1);
                }));
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return build(ws, fs, ps, posNames);
    }

    private static WordDictionary build(List<String> ws, List<Integer> fs, List<Byte> ps, List<String> posNames) {
        Integer[] order = new Integer[ws.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> ws.get(a).compareTo(ws.get(b)));
        String[] words = new String[order.length];
        int[] freq = new int[order.length];
        byte[] pos = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            words[i] = ws.get(order[i]);
            freq[i] = fs.get(order[i]);
            pos[i] = ps.get(order[i]);
        }
        return new WordDictionary(words, freq, pos, List.copyOf(posNames));
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The word's index, or a negative number when it is no word (not an insertion point). */
    private int index(String word) {
        return mayContain(word) ? Arrays.binarySearch(words, word) : -1;
    }

    /** Corpus frequency of the word, 0 when it is not in the dictionary. */
    public int frequency(String word) {
        int i = index(word);
        return i < 0 ? 0 : freq[i];
    }

    public boolean contains(String word) {
        return index(word) >= 0;
    }

    /** Part-of-speech tag (ICTCLAS: n, v, a, ns, q …), or null. */
    public String partOfSpeech(String word) {
        int i = index(word);
        return i < 0 ? null : posNames.get(pos[i]);
    }

    /** Whether some word starts with {@code prefix} (for longest-match scans). */
    public boolean hasPrefix(String prefix) {
        int i = Arrays.binarySearch(words, prefix);
        if (i >= 0) {
            return true;
        }
        int ins = -i - 1;
        return ins < words.length && words[ins].startsWith(prefix);
    }

    /** The single-character words, most frequent first (computed on first use). */
    public List<String> characters() {
        List<String> c = characters;
        if (c == null) {
            Integer[] idx = java.util.stream.IntStream.range(0, words.length).filter(i -> words[i].length() == 1)
                    .boxed().toArray(Integer[]::new);
            Arrays.sort(idx, (a, b) -> Integer.compare(freq[b], freq[a]));
            c = Arrays.stream(idx).map(i -> words[i]).toList();
            characters = c;
        }
        return c;
    }

    /**
     * How many words are {@code prefix} followed by another word of two or more characters (全 → 全过程, 全方位 …):
     * how productive {@code prefix} is as a word-forming prefix. Cached per prefix.
     */
    public int prefixFormations(String prefix) {
        return formations.computeIfAbsent(prefix, p -> {
            int n = 0;
            int k = Arrays.binarySearch(words, p);
            for (int i = k >= 0 ? k : -k - 1; i < words.length && words[i].startsWith(p); i++) {
                String rest = words[i].substring(p.length());
                if (rest.length() >= 2 && contains(rest)) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Receives the entries of the dictionary. */
    public interface Visitor {
        void visit(String word, int frequency, String partOfSpeech);
    }

    /** Every word of {@code minLength} to {@code maxLength} UTF-16 chars, in sorted order. */
    public void forEach(int minLength, int maxLength, Visitor v) {
        for (int i = 0; i < words.length; i++) {
            int n = words[i].length();
            if (n >= minLength && n <= maxLength) {
                v.visit(words[i], freq[i], posNames.get(pos[i]));
            }
        }
    }

    /** Length in UTF-16 chars of the longest word. */
    public int maxLength() {
        return maxLength;
    }

    public int size() {
        return words.length;
    }
}
