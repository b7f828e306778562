package org.reportlint.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

/**
 * Applies the suggestions of findings to the text they were found in. Fixes never overlap: of two that touch
 * the same characters, the one earlier in the text is applied and the other is left for the editor. A fix that
 * empties a line that had text (page furniture, a watermark line) removes the line with its terminator.
 */
final class Fixer {
    /** The fixed text, the findings whose suggestion was applied and those left because they overlapped. */
    record Result(String text, List<Finding> applied, List<Finding> overlapping) {
        boolean changed() {
            return !applied.isEmpty();
        }
    }

    private record Edit(int start, int end, String replacement, Finding finding) {
    }

    private Fixer() {
    }

    /** Applies the suggestions of {@code findings} (all of {@code source}; those without one are ignored). */
    static Result apply(SourceText source, List<Finding> findings) {
        List<Edit> edits = new ArrayList<>();
        for (Finding f : findings) {
            if (f.suggestion() != null) {
                int start = source.offsetOf(f.line(), f.column());
                int end = source.offsetOf(f.endLine(), f.endColumn());
                edits.add(widen(source, new Edit(start, end, f.suggestion(), f)));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        String text = source.text();
        StringBuilder out = new StringBuilder(text.length());
        List<Finding> applied = new ArrayList<>();
        List<Finding> overlapping = new ArrayList<>();
        int at = 0;
        int insertedAt = -1;
        Edit last = null;
        for (Edit e : edits) {
            boolean insertion = e.start() == e.end();
            if (last != null && last.start() == e.start() && last.end() == e.end()
                    && last.replacement().equals(e.replacement())) {
                applied.add(e.finding()); // two rules asking for the same change: made once
                continue;
            }
            if (e.start() < at || insertion && e.start() == insertedAt) {
                overlapping.add(e.finding());
                continue;
            }
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
            insertedAt = insertion ? e.start() : -1;
            last = e;
            applied.add(e.finding());
        }
        out.append(text, at, text.length());
        return new Result(out.toString(), List.copyOf(applied), List.copyOf(overlapping));
    }

    /** A deletion that would leave its line blank takes the whole line with its terminator. */
    private static Edit widen(SourceText source, Edit e) {
        int line = source.lineOf(e.start());
        String t = source.text();
        boolean blank = e.replacement().isEmpty() && e.start() < e.end() && source.lineOf(e.end()) == line
                && line < source.lineCount() && t.substring(source.lineStart(line), e.start()).isBlank()
                && t.substring(e.end(), source.lineEnd(line)).isBlank();
        return blank ? new Edit(source.lineStart(line), source.lineStart(line + 1), "", e.finding()) : e;
    }
}
