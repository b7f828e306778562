package org.reportlint.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Mask;

/**
 * Works out what each censor mark of a document stood for. Candidates are the terms of the restoration lexicon
 * ({@code mask-restorations.tsv}) with one character per letter, matching the letters as pinyin initials unless
 * the mark is a wildcard (X, ×). An occurrence votes for the candidate that forms the most dictionary words with
 * its neighbours (X中央 → 党中央, 全X → 全党); a document masks a token the same way throughout, so every
 * occurrence of the token gets the document's winner, or the lexicon's first candidate when no context decides.
 */
public final class MaskRestorer {
    public static final String LEXICON = "mask-restorations";
    static final int CONTEXT = 3;
    static final int MIN_WORD_FREQ = 10;

    private final List<LexiconEntry> terms;
    private final WordDictionary words;

    public MaskRestorer(Lexicon lexicon, WordDictionary words) {
        this.terms = lexicon == null ? List.of() : lexicon.entries();
        this.words = words;
    }

    public List<Mask> restore(List<MaskScanner.Candidate> candidates) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        Map<MaskScanner.Candidate, String> quoted = new java.util.IdentityHashMap<>();
        for (MaskScanner.Candidate c : candidates) {
            if (!Mask.CENSORED.equals(c.kind())) {
                continue;
            }
            Map<String, Integer> v = votes.computeIfAbsent(c.token(), k -> new LinkedHashMap<>());
            String best = null;
            int bestScore = 0;
            for (String term : candidatesFor(c)) {
                v.putIfAbsent(term, 0);
                int s = score(c, term);
                if (s > bestScore) {
                    best = term;
                    bestScore = s;
                }
            }
            if (best != null) {
                v.merge(best, 1, Integer::sum);
            }
            String phrase = c.wildcard() ? ownPhrase(c) : null;
            if (phrase != null) {
                quoted.put(c, phrase);
            }
        }
        List<Mask> out = new ArrayList<>();
        for (MaskScanner.Candidate c : candidates) {
            Map<String, Integer> v = votes.getOrDefault(c.token(), Map.of());
            String original = v.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .map(Map.Entry::getKey).orElse(null);
            if (original != null && v.get(original) == 0 && v.size() > 1) {
                original = null; // several candidates and no context for any: unknown, not a guess
            }
            int support = original == null ? 0 : v.get(original);
            if (quoted.containsKey(c)) { // the mark's own words name the term, whatever the document's majority
                original = quoted.get(c);
                support = Math.max(support, 1);
            }
            out.add(new Mask(c.kind(), c.paragraph().spanOf(c.start(), c.end()), original, support, c.wildcard()));
        }
        return out;
    }

    /**
     * The term of any length whose typical context the text around a wildcard mark spells out when the term
     * takes the mark's place (XX新时代中国特色社会主义思想 → 习近平: a whole word masked by two signs; 以XX为中心 →
     * 人民), or null when no such term or more than one. Wildcards say nothing of the word, so this occurrence's
     * own words beat the document's majority.
     */
    private String ownPhrase(MaskScanner.Candidate c) {
        String t = c.paragraph().getText();
        String found = null;
        for (LexiconEntry e : terms) {
            String term = e.getText();
            int from = Math.max(0, c.start() - CONTEXT);
            String s = t.substring(from, c.start()) + term + t.substring(c.end(), Math.min(t.length(), c.end() + CONTEXT));
            if (contexts(term, s) > 0) {
                if (found != null && !found.equals(term)) {
                    return null;
                }
                found = term;
            }
        }
        return found;
    }

    /** How many of the term's noted contexts (third column, comma-separated) the restored text contains. */
    private int contexts(String term, String restored) {
        int n = 0;
        for (LexiconEntry e : terms) {
            if (e.getText().equals(term)) {
                for (String ctx : e.getNote().split("[,，]\\s*")) {
                    if (!ctx.isBlank() && ctx.contains(term) && restored.contains(ctx.strip())) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Terms of as many characters as the mark has letters, whose initials match unless the mark is a wildcard. */
    List<String> candidatesFor(MaskScanner.Candidate c) {
        String token = c.token();
        List<String> out = new ArrayList<>();
        for (LexiconEntry e : terms) {
            if (e.getText().length() == token.length()
                    && (c.wildcard() || e.getValue().equals(token.toLowerCase(Locale.ROOT)))) {
                out.add(e.getText());
            }
        }
        return out;
    }

    /**
     * Number of dictionary words in the restored text that join the term with its neighbours, plus the typical
     * contexts the lexicon notes for the term (中央八项规定) that the restored text contains.
     */
    int score(MaskScanner.Candidate c, String term) {
        String t = c.paragraph().getText();
        int from = Math.max(0, c.start() - CONTEXT);
        String s = t.substring(from, c.start()) + term + t.substring(c.end(), Math.min(t.length(), c.end() + CONTEXT));
        int a = c.start() - from;
        int b = a + term.length();
        int n = contexts(term, s);
        for (int i = 0; i < b; i++) {
            for (int j = Math.max(i + 2, a + 1); j <= Math.min(s.length(), i + 6); j++) {
                if ((i < a || j > b) && words.frequency(s.substring(i, j)) >= MIN_WORD_FREQ) {
                    n++;
                }
            }
        }
        return n;
    }
}
