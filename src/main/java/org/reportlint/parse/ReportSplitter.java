package org.reportlint.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Line;
import org.reportlint.facts.Report;
import org.reportlint.facts.Span;
import org.reportlint.facts.TableOfContents;

/**
 * Splits a file into reports and tables of contents. A report starts at its title block (title line, meeting
 * line, {@code 各位代表：}); a file without one is one report. Every line outside a table of contents belongs
 * to exactly one report: {@link Outline#region()} gives its index, -1 inside a table of contents.
 */
public final class ReportSplitter {
    /** Reports and tables of contents of a file, and the report index of every 0-based line (-1: a table). */
    public record Outline(List<Report> reports, List<TableOfContents> tables, int[] region) {
    }

    /** Title-block lines may be this many lines apart (blank lines included) and still form one block. */
    static final int BLOCK_GAP = 3;

    private ReportSplitter() {
    }

    public static Outline split(String source, List<Line> lines, Supplier<WordDictionary> words) {
        return split(source, lines, LineClassifier.classify(lines), words);
    }

    static Outline split(String source, List<Line> lines, LineKind[] kinds, Supplier<WordDictionary> words) {
        List<TableOfContents> tables = TocScanner.scan(source, lines, kinds);
        int[] region = new int[lines.size()];
        Arrays.fill(region, -2);
        for (TableOfContents t : tables) {
            Arrays.fill(region, t.getFirstLine() - 1, t.getLastLine(), -1);
        }
        List<int[]> ranges = assign(lines, kinds, region);
        List<Report> reports = new ArrayList<>();
        for (int[] r : ranges) {
            reports.add(ReportInfo.build(reports.size(), source, lines, kinds, r[0], r[1], words));
        }
        return new Outline(reports, tables, region);
    }

    /** Gives every line outside a table its report index; returns each report's first and last 0-based line. */
    private static List<int[]> assign(List<Line> lines, LineKind[] kinds, int[] region) {
        List<int[]> ranges = new ArrayList<>();
        int current = -1;
        boolean content = false;
        boolean greeted = false;
        int lastTitleLine = -BLOCK_GAP - 1;
        for (int i = 0; i < lines.size(); i++) {
            if (region[i] == -1) {
                continue;
            }
            LineKind k = kinds[i];
            boolean inBlock = i - lastTitleLine <= BLOCK_GAP;
            boolean opens = !inBlock && (k == LineKind.REPORT_TITLE || k == LineKind.SUBTITLE
                    || k == LineKind.SALUTATION && greeted);
            if (current < 0 || opens && content) {
                ranges.add(new int[] {i, i});
                current = ranges.size() - 1;
                content = false;
                greeted = false;
            }
            if (k.isTitleBlock()) {
                lastTitleLine = i;
                greeted |= k == LineKind.SALUTATION;
            } else if (k == LineKind.PROSE || k == LineKind.HEADING) {
                content = true;
            }
            region[i] = current;
            ranges.get(current)[1] = i;
        }
        return ranges;
    }

    /** The original-file span of 0-based lines {@code first..last}. */
    static Span span(String source, List<Line> lines, int first, int last) {
        int from = lines.get(first).getSpan().getStart();
        int to = lines.get(last).getSpan().getEnd();
        return new Span(from, to, source.substring(from, to));
    }
}
