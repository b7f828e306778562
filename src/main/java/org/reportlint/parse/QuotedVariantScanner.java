package org.reportlint.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.reportlint.data.HanziTable;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Span;
import org.reportlint.facts.TermVariant;

/**
 * Finds a quoted term (“…”) that occurs once in the document while a form one character different occurs at
 * least twice: the editor's majority form is probably the intended one.
 */
public final class QuotedVariantScanner {
    private static final char OPEN = '“';
    private static final char CLOSE = '”';
    /** Commons Text edit distance capped at one: -1 beyond. */
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private final HanziTable hanzi;
    private final int strokeGap;
    private final int minLength;
    private final int maxLength;

    public QuotedVariantScanner(HanziTable hanzi, int strokeGap, int minLength, int maxLength) {
        this.hanzi = hanzi;
        this.strokeGap = strokeGap;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public List<TermVariant> scan(List<Paragraph> paragraphs, String documentText) {
        Map<String, List<Span>> quoted = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            String t = p.getText();
            for (int open = t.indexOf(OPEN); open >= 0; open = t.indexOf(OPEN, open + 1)) {
                int close = t.indexOf(CLOSE, open + 1);
                int inner = t.indexOf(OPEN, open + 1);
                if (close < 0 || (inner >= 0 && inner < close)) {
                    continue;
                }
                String term = t.substring(open + 1, close);
                if (term.length() >= minLength && term.length() <= maxLength
                        && Hanzi.countHan(term) + separators(term) == term.length()) {
                    quoted.computeIfAbsent(term, k -> new ArrayList<>()).add(p.spanOf(open + 1, close));
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<TermVariant> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> rare : quoted.entrySet()) {
            if (rare.getValue().size() > 1) {
                continue;
            }
            String best = majority(rare.getKey(), quoted.keySet(), counts, documentText);
            if (best != null && count(counts, documentText, rare.getKey()) == 1) {
                int at = TermNearMissScanner.onlyDifference(rare.getKey(), best);
                char x = rare.getKey().charAt(at);
                char y = best.charAt(at);
                boolean alike = hanzi.similarShape(x, y, strokeGap) || hanzi.similarSound(x, y);
                out.add(new TermVariant(rare.getValue().get(0), best, counts.get(best), alike));
            }
        }
        return out;
    }

    /** Middle dots joining the parts of a slogan or brand (山水名城·幸福家园). */
    private static int separators(String term) {
        return (int) term.chars().filter(c -> c == '·' || c == '•' || c == '・').count();
    }

    private static int count(Map<String, Integer> counts, String text, String s) {
        return counts.computeIfAbsent(s, k -> occurrences(text, k));
    }

    /** The unique form one non-numeral character away (same length) that occurs at least twice, or null. */
    private static String majority(String rare, Iterable<String> forms, Map<String, Integer> counts, String text) {
        String best = null;
        for (String form : forms) {
            if (form.length() != rare.length() || ONE_EDIT.apply(rare, form) != 1) {
                continue;
            }
            int at = TermNearMissScanner.onlyDifference(rare, form);
            if (!Hanzi.isHan(rare.charAt(at)) || !Hanzi.isHan(form.charAt(at)) || Hanzi.isNumeral(rare.charAt(at))
                    || Hanzi.isNumeral(form.charAt(at)) || count(counts, text, form) < 2) {
                continue;
            }
            if (best != null) {
                return null;
            }
            best = form;
        }
        return best;
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
