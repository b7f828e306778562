package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;

/**
 * Splits a paragraph into sentences at 。！？；!?; — but not inside quotes or brackets, so that
 * {@code 提出“稳中求进。”的要求} stays one sentence. Closing quotes and brackets right after the mark belong to
 * the sentence they close.
 */
public final class SentenceSplitter {
    private static final String ENDS = "。！？；!?;";
    private static final String OPEN = "“‘（(《【「『";
    private static final String CLOSE = "”’）)》】」』";
    /** Beyond this depth the text is unbalanced (a stray quote); stop trusting it for the rest of the paragraph. */
    private static final int MAX_DEPTH = 3;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Paragraph p) {
        String t = p.getText();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth = depth >= MAX_DEPTH ? 0 : depth + 1;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (ENDS.indexOf(c) >= 0 && depth == 0) {
                int end = i + 1;
                while (end < t.length() && (CLOSE.indexOf(t.charAt(end)) >= 0 || ENDS.indexOf(t.charAt(end)) >= 0)) {
                    end++;
                }
                out.add(new Sentence(p, out.size(), start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < t.length() && !t.substring(start).isBlank()) {
            out.add(new Sentence(p, out.size(), start, t.length()));
        }
        return out;
    }
}
