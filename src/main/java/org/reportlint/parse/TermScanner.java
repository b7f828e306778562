package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.TermMatch;

/**
 * Finds every occurrence of a lexicon's entries in a paragraph (longest entries first at each position is
 * not assumed: all matches are reported, overlapping ones too).
 */
public final class TermScanner {
    private final String lexicon;
    private final Map<String, LexiconEntry> entries = new HashMap<>();
    private final TreeSet<Integer> lengths = new TreeSet<>();

    public TermScanner(String lexicon, List<LexiconEntry> entries) {
        this.lexicon = lexicon;
        for (LexiconEntry e : entries) {
            if (!e.getText().isEmpty()) {
                this.entries.putIfAbsent(e.getText(), e);
                lengths.add(e.getText().length());
            }
        }
    }

    public List<TermMatch> scan(Paragraph p) {
        List<TermMatch> out = new ArrayList<>();
        String t = p.getText();
        for (int i = 0; i < t.length(); i++) {
            for (int len : lengths) {
                if (i + len > t.length()) {
                    break;
                }
                LexiconEntry e = entries.get(t.substring(i, i + len));
                if (e != null) {
                    out.add(new TermMatch(lexicon, e.getText(), e.getValue(), p.spanOf(i, i + len)));
                }
            }
        }
        return out;
    }
}
