package org.reportlint.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.LatinToken;
import org.reportlint.facts.Paragraph;

/**
 * Finds the Latin tokens of a paragraph (a letter run, with inner digits, dots, hyphens and ampersands: PM2.5,
 * NB-IoT, R&D) and notes whether each is a common English word, a sanctioned term, and surrounded by Chinese.
 * One scanner per document: it remembers which spellings it has seen.
 */
public final class LatinScanner {
    public static final String ENGLISH = "english-words";
    public static final String TERMS = "latin-terms";
    public static final String GLOSSES = "english-glosses";
    static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z](?:[A-Za-z0-9]|[.&\\-](?=[A-Za-z0-9]))*");

    private final Lexicon english;
    private final Lexicon terms;
    private final Lexicon glosses;
    private final Set<String> seen = new HashSet<>();
    private final WordDictionary words;
    private final int commonFrequency;

    /**
     * @param words           the general word list, to tell a letter splitting a word (体e系) from a coinage prefix
     * @param commonFrequency the jieba frequency from which a word is common
     */
    public LatinScanner(Lexicon english, Lexicon terms, Lexicon glosses, WordDictionary words, int commonFrequency) {
        this.english = english;
        this.terms = terms;
        this.glosses = glosses;
        this.words = words;
        this.commonFrequency = commonFrequency;
    }

    public List<LatinToken> scan(Paragraph p) {
        String t = p.getText();
        Matcher m = TOKEN.matcher(t);
        List<LatinToken> out = new java.util.ArrayList<>();
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            LexiconEntry gloss = glosses == null ? null : glosses.get(lower);
            out.add(new LatinToken(p.spanOf(m.start(), m.end()), english != null && english.contains(lower),
                    gloss != null, known(w), hanAt(t, m.start() - 1, -1), hanAt(t, m.end(), 1), seen.add(w),
                    gloss == null || gloss.getValue().isEmpty() ? null : gloss.getValue(),
                    w.length() == 1 && splitsWord(t, m.start())));
        }
        return out;
    }

    /** A sanctioned term as written, or a lower-case spelling of a capital one (app for APP). */
    private boolean known(String w) {
        return terms != null && (terms.contains(w) || terms.contains(w.toUpperCase(Locale.ROOT)));
    }

    /**
     * Whether the characters right before and after position {@code i} form a common word and the one before
     * closes no word with its own left neighbours: the letter at {@code i} stands inside a word (体e系), not in
     * front of a coinage (乡村e镇: 乡村 closes a word, e镇 is the coinage).
     */
    boolean splitsWord(String t, int i) {
        if (i < 1 || i + 1 >= t.length() || words == null) {
            return false;
        }
        if (words.frequency(t.substring(i - 1, i) + t.charAt(i + 1)) < commonFrequency) {
            return false;
        }
        for (int k = Math.max(0, i - 3); k <= i - 2; k++) {
            if (words.frequency(t.substring(k, i)) >= commonFrequency) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first non-space character from {@code i} in direction {@code step} is Chinese. */
    static boolean hanAt(String t, int i, int step) {
        while (i >= 0 && i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000')) {
            i += step;
        }
        return i >= 0 && i < t.length() && MaskScanner.isHan(t.charAt(i));
    }
}
