package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.StrippedTerm;

/**
 * Finds a lone digit directly before a noun or before "+Chinese" where a number-letter term of
 * {@code latin-terms.tsv} (kind {@code modifier}: 5G, 3D, 4K) starts with that digit: a count never stands
 * bare before a noun in Chinese (5个基站), so 5基站 lost its letter. A noun that reads as a classifier plus a
 * word (4个案例 → 个 + 案例, 4所学校) is a count, not a candidate. One scanner per document: {@link #finish}
 * adds the document-level evidence.
 */
public final class StrippedTermScanner {
    static final Pattern LONE_DIGIT = Pattern.compile("(?<![0-9０-９.．A-Za-z第+＋/:：-])([0-9])(?=[+＋]?\\p{IsHan})");
    static final int MAX_WORD = 6;
    static final String CHINESE_NUMERALS = "一二三四五六七八九十两几";

    private record Found(org.reportlint.facts.Span span, String term, String noun, boolean plus, boolean official) {
    }

    private final List<Found> found = new ArrayList<>();

    private final List<LexiconEntry> modifiers = new ArrayList<>();
    private final List<String> officialTerms = new ArrayList<>();
    private final WordDictionary words;

    /**
     * @param terms    the Latin terms ({@code latin-terms.tsv}), whose modifiers (5G, 3D) are restored
     * @param official the fixed terms of national documents ({@code official_terms.tsv}): those that begin with a
     *                 modifier (5G基站, 5G+工业互联网) show what the bare digit stood for
     */
    public StrippedTermScanner(Lexicon terms, Lexicon official, WordDictionary words) {
        this.words = words;
        if (terms != null) {
            terms.entries().stream().filter(e -> "modifier".equals(e.getValue())).forEach(modifiers::add);
        }
        if (official != null) {
            official.entries().stream().map(LexiconEntry::getText)
                    .filter(s -> modifiers.stream().anyMatch(m -> s.length() > m.getText().length()
                            && s.startsWith(m.getText())))
                    .forEach(officialTerms::add);
        }
    }

    /** Collects the candidates of a paragraph; {@link #finish} turns them into facts. */
    public void scan(Paragraph p) {
        String t = p.getText();
        Matcher m = LONE_DIGIT.matcher(t);
        while (m.find()) {
            String term = termFor(m.group(1));
            if (term == null) {
                continue;
            }
            int next = m.end();
            boolean plus = t.charAt(next) == '+' || t.charAt(next) == '＋';
            String official = official(term, t, next);
            String noun = plus ? t.substring(next + 1, Math.min(t.length(), next + 1 + MAX_WORD))
                    : official != null ? official : noun(t, next);
            if (noun != null) {
                found.add(new Found(p.spanOf(m.start(), m.end()), term, noun, plus, official != null));
            }
        }
    }

    /** The candidates of the document with their document-level evidence. */
    public List<StrippedTerm> finish(String documentText) {
        Map<String, Set<String>> nouns = new HashMap<>();
        for (Found f : found) {
            Set<String> ns = nouns.computeIfAbsent(f.term(), k -> new HashSet<>());
            if (f.plus() || !countable(f.noun())) {
                ns.add(f.noun()); // 8英寸, 5小时 are counts: no sign that letters were stripped elsewhere
            }
        }
        List<StrippedTerm> out = new ArrayList<>();
        for (Found f : found) {
            String written = f.term() + (f.plus() ? "+" : f.noun());
            out.add(new StrippedTerm(f.span(), f.term(), f.noun(), f.plus(), !f.plus() && countable(f.noun()),
                    documentText.contains(written), f.official(), nouns.get(f.term()).size()));
        }
        return out;
    }

    /** A noun a numeral may count directly: attested after a Chinese numeral, or starting with a classifier. */
    boolean countable(String noun) {
        for (char c : CHINESE_NUMERALS.toCharArray()) {
            if (words.contains(c + noun)) {
                return true;
            }
        }
        return "q".equals(words.partOfSpeech(noun.substring(0, 1)));
    }

    /**
     * The rest of a fixed term of national documents that the term followed by the text after the digit begins
     * (基站 of 5G基站), or null: a noun of its own, whatever follows it (5工厂名录 is 5G工厂 + 名录).
     */
    private String official(String term, String t, int next) {
        for (String o : officialTerms) {
            if (o.startsWith(term) && t.startsWith(o.substring(term.length()), next)) {
                return o.substring(term.length());
            }
        }
        return null;
    }

    private String termFor(String digit) {
        return modifiers.stream().map(LexiconEntry::getText).filter(s -> s.startsWith(digit)).findFirst().orElse(null);
    }

    /** The longest noun starting at {@code i}, unless it reads as classifier + word; null when there is none. */
    String noun(String t, int i) {
        for (int k = Math.min(t.length(), i + MAX_WORD); k >= i + 2; k--) {
            String w = t.substring(i, k);
            String pos = words.partOfSpeech(w);
            if (pos != null) {
                boolean nominal = pos.startsWith("n") || pos.equals("vn");
                return nominal && !classifierThenWord(t, i) ? w : null;
            }
        }
        return null;
    }

    private boolean classifierThenWord(String t, int i) {
        for (int k = Math.min(t.length(), i + 1 + MAX_WORD); k >= i + 3; k--) {
            if (words.contains(t.substring(i + 1, k))) {
                return true;
            }
        }
        return false;
    }
}
