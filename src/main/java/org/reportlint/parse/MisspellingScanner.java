package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Misspelling;
import org.reportlint.facts.Paragraph;

/**
 * Finds the wrong words of {@code rules/data/misspellings.tsv} in a paragraph. A match that a common word
 * straddles is left alone: 论着 in 讨论着 is 讨论 + 着, not a misspelt 论著.
 */
public final class MisspellingScanner {
    public static final String LEXICON = "misspellings";

    private final WordDictionary words;
    private final int commonWordFrequency;
    private final PrefixIndex<LexiconEntry> index = new PrefixIndex<>();

    public MisspellingScanner(Lexicon lexicon, WordDictionary words, int commonWordFrequency) {
        this.words = words;
        this.commonWordFrequency = commonWordFrequency;
        if (lexicon != null) {
            lexicon.entries().forEach(e -> index.add(e.getText(), e));
        }
    }

    public List<Misspelling> scan(Paragraph p) {
        List<Misspelling> out = new ArrayList<>();
        String t = p.getText();
        for (int i = 0; i < t.length(); i++) {
            int start = i;
            index.forEachAt(t, i, (end, e) -> {
                if (!WordBoundary.straddled(words, commonWordFrequency, t, start, end)) {
                    out.add(new Misspelling(p.spanOf(start, end), e.getValue(), words.contains(e.getText())));
                }
            });
        }
        return out;
    }
}
