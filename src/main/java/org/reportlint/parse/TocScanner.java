package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Line;
import org.reportlint.facts.Span;
import org.reportlint.facts.TableOfContents;
import org.reportlint.facts.TocEntry;

/**
 * Finds tables of contents: at least {@value #MIN_ENTRIES} lines of {@code [number.]title page} with page numbers
 * that never go down, optionally under a {@code 目录} line, with short group headings ({@code 一、地级市}) between
 * entries. Up to {@value #MAX_FRONT} short cover lines before it at the top of the file or after a previous table
 * are included.
 */
final class TocScanner {
    static final int MIN_ENTRIES = 3;
    static final int MAX_FRONT = 5;
    static final int MAX_GROUP_HEADING = 20;
    static final Pattern HEADER = Pattern.compile("目\\s*录|目\\s*次|CONTENTS|Contents");
    static final Pattern ENTRY = Pattern.compile(
            "(?:(?<num>\\d{1,3})\\s*[.、．]\\s*)?(?<title>\\S.{0,60}?)(?:\\s*[.．·…_]{2,}\\s*|\\s+)(?<page>\\d{1,4})");

    private TocScanner() {
    }

    static List<TableOfContents> scan(String source, List<Line> lines, LineKind[] kinds) {
        List<TableOfContents> out = new ArrayList<>();
        int floor = 0;
        int i = 0;
        while (i < lines.size()) {
            String s = lines.get(i).getText().strip();
            if (!HEADER.matcher(s).matches() && entry(s) == null) {
                i++;
                continue;
            }
            TableOfContents toc = block(source, lines, kinds, i, floor);
            if (toc == null) {
                i++;
            } else {
                out.add(toc);
                i = toc.getLastLine();
                floor = i;
            }
        }
        return out;
    }

    /** The table starting at 0-based line {@code start}, or null when fewer than the minimum entries follow. */
    private static TableOfContents block(String source, List<Line> lines, LineKind[] kinds, int start, int floor) {
        List<Integer> entryLines = new ArrayList<>();
        int lastPage = -1;
        int j = HEADER.matcher(lines.get(start).getText().strip()).matches() ? start + 1 : start;
        for (; j < lines.size(); j++) {
            String s = lines.get(j).getText().strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = entry(s);
            if (m != null && Integer.parseInt(m.group("page")) >= lastPage) {
                lastPage = Integer.parseInt(m.group("page"));
                entryLines.add(j);
            } else if (!isGroupHeading(lines, kinds, j)) {
                break;
            }
        }
        if (entryLines.size() < MIN_ENTRIES) {
            return null;
        }
        int first = frontMatterStart(lines, kinds, start, floor);
        int last = entryLines.get(entryLines.size() - 1);
        List<TocEntry> entries = new ArrayList<>();
        for (int e : entryLines) {
            entries.add(toEntry(entries.size(), lines.get(e)));
        }
        int from = lines.get(first).getSpan().getStart();
        int to = lines.get(last).getSpan().getEnd();
        return new TableOfContents(first + 1, last + 1, new Span(from, to, source.substring(from, to)), entries);
    }

    private static boolean isGroupHeading(List<Line> lines, LineKind[] kinds, int j) {
        int next = LineClassifier.nextNonBlank(lines, j + 1);
        return (kinds[j] == LineKind.HEADING || kinds[j] == LineKind.PLAIN_TITLE)
                && LineClassifier.codePoints(lines.get(j).getText().strip()) <= MAX_GROUP_HEADING
                && next >= 0 && entry(lines.get(next).getText().strip()) != null;
    }

    /** Extends the table back over a few short cover lines when nothing but them lies before it. */
    private static int frontMatterStart(List<Line> lines, LineKind[] kinds, int start, int floor) {
        int nonBlank = 0;
        for (int k = start - 1; k >= floor; k--) {
            if (kinds[k] == LineKind.BLANK) {
                continue;
            }
            boolean cover = kinds[k] == LineKind.PLAIN_TITLE || kinds[k] == LineKind.META;
            if (!cover || ++nonBlank > MAX_FRONT) {
                return start;
            }
        }
        return floor;
    }

    static Matcher entry(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1))) {
            return null;
        }
        Matcher m = ENTRY.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String title = m.group("title").strip();
        char last = title.charAt(title.length() - 1);
        boolean han = title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han && LineClassifier.SENTENCE_END.indexOf(last) < 0 && LineClassifier.CLAUSE_MARK.indexOf(last) < 0
                ? m : null;
    }

    private static TocEntry toEntry(int index, Line line) {
        String raw = line.getText();
        int lead = raw.length() - raw.stripLeading().length();
        Matcher m = entry(raw.strip());
        Integer number = m.group("num") == null ? null : Integer.valueOf(m.group("num"));
        int base = line.getSpan().getStart() + lead;
        String title = m.group("title").strip();
        int ts = base + m.start("title");
        Span titleSpan = new Span(ts, ts + title.length(), title);
        return new TocEntry(index, number, titleSpan, Integer.parseInt(m.group("page")), line.getSpan());
    }
}
