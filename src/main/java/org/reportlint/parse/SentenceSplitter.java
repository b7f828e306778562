package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;

/**
 * Splits a paragraph into sentences at 。！？；and ASCII {@code ! ? ;} (and {@code .} after a Chinese character) —
 * but not inside matched quotes or brackets, so that {@code 提出“稳中求进。”的要求} stays one sentence. A quoted
 * sentence that closes the outer one ({@code 强调：“……！”我们……}) ends it. End marks and closing quotes right after
 * the mark belong to the sentence they close; leading spaces belong to none.
 */
public final class SentenceSplitter {
    static final String ENDS = "。！？；!?;";
    private static final String QUOTE_CLOSERS = "”’」』\"";
    /** After a quoted sentence, these continue the outer sentence ({@code “……。”的要求}, {@code “……。”，}). */
    private static final String CONTINUES = "的等，,、；;：:。！？!?”’）)》」』";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Paragraph p) {
        String t = p.getText();
        int[] depth = Nesting.depths(t);
        List<Sentence> out = new ArrayList<>();
        int start = skipSpaces(t, 0);
        for (int i = start; i < t.length(); i++) {
            if (!(depth[i] == 0 && isEnd(t, i) || endsQuotedSentence(t, depth, i))) {
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

    /** Whether offset {@code i} closes a quotation that ends with a sentence mark and also ends the sentence. */
    private static boolean endsQuotedSentence(String t, int[] depth, int i) {
        return QUOTE_CLOSERS.indexOf(t.charAt(i)) >= 0 && depth[i] == 0 && i > 0
                && "。！？!?".indexOf(t.charAt(i - 1)) >= 0 && depth[i - 1] > 0 && (i + 1 == t.length() || CONTINUES.indexOf(t.charAt(i + 1)) < 0);
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
