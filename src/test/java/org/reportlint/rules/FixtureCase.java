package org.reportlint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of a fixture file: text in which {@code ⟦span→fix⟧} marks an expected finding with its suggestion
 * ({@code ⟦span→⟧}: delete) and {@code ⟦span⟧} one without a suggestion.
 */
public record FixtureCase(String ruleId, String file, int lineInFile, boolean positive, String why, String marked) {
    public static final char OPEN = '⟦';
    public static final char CLOSE = '⟧';
    public static final char ARROW = '→';

    /** An expected finding: UTF-16 offsets in {@link #plainText()}, and its suggestion (null = none). */
    public record Mark(int start, int end, String fix) {
    }

    public String plainText() {
        return render(false);
    }

    /** The text with every marked fix applied: linting it must not fire the rule again. */
    public String fixedText() {
        return render(true);
    }

    public List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c != OPEN) {
                plain.append(c);
                i++;
                continue;
            }
            int close = marked.indexOf(CLOSE, i);
            if (close < 0) {
                throw new IllegalArgumentException(file + ":" + lineInFile + ": unclosed " + OPEN);
            }
            String body = marked.substring(i + 1, close);
            int arrow = body.indexOf(ARROW);
            String span = arrow < 0 ? body : body.substring(0, arrow);
            out.add(new Mark(plain.length(), plain.length() + span.length(), arrow < 0 ? null : body.substring(arrow + 1)));
            plain.append(span);
            i = close + 1;
        }
        return out;
    }

    private String render(boolean applyFixes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c != OPEN) {
                out.append(c);
                i++;
                continue;
            }
            int close = marked.indexOf(CLOSE, i);
            String body = marked.substring(i + 1, close);
            int arrow = body.indexOf(ARROW);
            out.append(arrow < 0 ? body : applyFixes ? body.substring(arrow + 1) : body.substring(0, arrow));
            i = close + 1;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return ruleId + " " + (positive ? "positive" : "negative") + " @" + lineInFile
                + (why.isEmpty() ? "" : " (" + why + ")");
    }
}
