package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Line;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceText;

/** Physical lines of the source, each with its span. */
public final class LineScanner {
    private LineScanner() {
    }

    public static List<Line> scan(SourceText src) {
        List<Line> lines = new ArrayList<>(src.lineCount());
        for (int n = 1; n <= src.lineCount(); n++) {
            int s = src.lineStart(n);
            int e = src.lineEnd(n);
            lines.add(new Line(n, new Span(s, e, src.text().substring(s, e))));
        }
        return lines;
    }
}
