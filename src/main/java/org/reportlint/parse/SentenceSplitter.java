package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;

/**
 * Splits a paragraph into sentences at 。！？；and ASCII {@code ! ? ;} (and {@code .} after a Chinese character) —
 * but not inside matched quotes or brackets, so that {@code 提出“稳中求进。”的要求} stays one sentence. End marks
 * and closing quotes right after the mark belong to the sentence they close; leading spaces belong to none.
 */
public final class SentenceSplitter {
    static final String ENDS = "。！？；!?;";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Paragraph p) {
        String t = p.getText();
        int[] depth = Nesting.depths(t);
        List<Sentence> out = new ArrayList<>();
        int start = skipSpaces(t, 0);
        for (int i = start; i < t.length(); i++) {
            if (depth[i] > 0 || !isEnd(t, i)) {
                continue;
            }
            int end = i + 1;
            while (end < t.length() && (Nesting.CLOSE.indexOf(t.charAt(end)) >= 0 || ENDS.indexOf(t.charAt(end)) >= 0
                    || t.charAt(end) == '"' && depth[end] == 0 && end > 0 && isEnd(t, end - 1))) {
                end++;
            }
            if (end > start) {
                out.add(new Sentence(p, out.size(), start, end));
            }
            start = skipSpaces(t, end);
            i = start - 1;
        }
        int end = t.length();
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(p, out.size(), start, end));
        }
        return out;
    }

    static boolean isEnd(String t, int i) {
        char c = t.charAt(i);
        if (ENDS.indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && i > 0 && Character.UnicodeScript.of(t.charAt(i - 1)) == Character.UnicodeScript.HAN
                && (i + 1 == t.length() || !Character.isLetterOrDigit(t.charAt(i + 1))
                || Character.UnicodeScript.of(t.charAt(i + 1)) == Character.UnicodeScript.HAN);
    }

    static int skipSpaces(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
