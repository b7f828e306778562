package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.TermMatch;

/**
 * Finds every occurrence of a lexicon's entries in a paragraph (longest entries first at each position is
 * not assumed: all matches are reported, overlapping ones too).
 */
public final class TermScanner {
    private final String lexicon;
    private final PrefixIndex<LexiconEntry> entries = new PrefixIndex<>();

    public TermScanner(String lexicon, List<LexiconEntry> entries) {
        this.lexicon = lexicon;
        Set<String> seen = new HashSet<>();
        for (LexiconEntry e : entries) {
            if (seen.add(e.getText())) {
                this.entries.add(e.getText(), e);
            }
        }
    }

    public List<TermMatch> scan(Paragraph p) {
        List<TermMatch> out = new ArrayList<>();
        String t = p.getText();
        for (int i = 0; i < t.length(); i++) {
            int from = i;
            entries.forEachAt(t, i, (end, e) -> out.add(new TermMatch(lexicon, e.getText(), e.getValue(),
                    p.spanOf(from, end))));
        }
        return out;
    }
}
