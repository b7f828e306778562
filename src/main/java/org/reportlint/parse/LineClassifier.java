package org.reportlint.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.reportlint.facts.Line;

/**
 * Classifies physical lines ({@link LineKind}) with patterns of the genre: title lines, headings, list items,
 * page furniture. Also measures the layout the joiner needs: the wrap width of hard-wrapped text, if any.
 */
final class LineClassifier {
    static final Pattern REPORT_TITLE = Pattern.compile(
            "(?:\\d{4}年度?)?[^，。,；;：:！？!?]{0,30}?政府工作报告(?:[（(][^)）]{1,8}[)）])?");
    static final Pattern SUBTITLE = Pattern.compile("[（(]?[—–-]*\\s*(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?\\s*"
            + "在.{2,40}?(?:人民代表大会|人大).{0,24}?会议上[)）]?");
    /** A date on its own line ({@code （2024年1月10日）}): part of the title block right under a title. */
    static final Pattern DATE_LINE = Pattern.compile("[（(]?\\d{4}年\\d{1,2}月\\d{1,2}日[)）]?");
    static final Pattern SALUTATION = Pattern.compile("各位代表[^。！？!?]{0,10}?[：:]");
    /** {@code 代市长张新伟}, {@code 山东省省长 周乃翔}, {@code 自治区主席 某某}: only right under the title lines. */
    static final Pattern SPEAKER = Pattern.compile(
            "\\p{IsHan}{0,8}?(?:代理|代)?(?:省|市|区|县|州|盟|旗)?(?:长|主席|主任)\\s*[\\p{IsHan}·]{2,5}");
    static final Pattern PAGE_MARKER = Pattern.compile(
            "[（(](?:上接|下转|接|转)(?:第|本报)?[\\d一二三四五六七八九十A-Z]{1,3}版[)）]");
    static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]?\\s*(?:第\\s*)?\\d{1,4}\\s*(?:页)?\\s*[-—–]?");
    static final Pattern LIST_ITEM = Pattern.compile("[-*•●▪◆■]\\s+\\S.*");
    /** Inline enumerations start paragraphs but are not headings. */
    static final Pattern ENUM_START = Pattern.compile(
            "[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、是：:]|首先|其次|再次|最后[，,]");
    static final String SENTENCE_END = "。！？!?；;…：:";
    static final String CLAUSE_MARK = "，,、";
    static final String CLOSERS = "”’）)》】」』\"'";
    /** Characters a title line never has. */
    private static final String NOT_IN_TITLE = "，。、；：！？,;:!?…/|@";
    static final int MAX_PLAIN_TITLE = 30;
    static final int MAX_HEADING_TITLE = 60;

    private LineClassifier() {
    }

    static LineKind[] classify(List<Line> lines) {
        int wrap = wrapWidth(lines);
        LineKind[] kinds = new LineKind[lines.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = classify(lines.get(i).getText(), wrap);
        }
        for (int i = 0; i < kinds.length; i++) {
            int next = nextNonBlank(lines, i + 1);
            if (next < 0) {
                break;
            }
            String a = core(lines.get(i).getText());
            String b = core(lines.get(next).getText());
            if ((kinds[i] == LineKind.PROSE || kinds[i] == LineKind.PLAIN_TITLE) && a.indexOf('在') >= 0
                    && SUBTITLE.matcher(a + b).matches()) {
                kinds[i] = LineKind.SUBTITLE;
                kinds[next] = LineKind.SUBTITLE;
            } else if ((kinds[i] == LineKind.SUBTITLE || kinds[i] == LineKind.REPORT_TITLE)
                    && SPEAKER.matcher(b).matches()) {
                kinds[next] = LineKind.SPEAKER;
            } else if (kinds[i] == LineKind.REPORT_TITLE && DATE_LINE.matcher(b).matches()) {
                kinds[next] = LineKind.SUBTITLE;
            }
        }
        return kinds;
    }

    static LineKind classify(String line, int wrap) {
        String s = core(line);
        if (s.isEmpty()) {
            return LineKind.BLANK;
        }
        if (PAGE_MARKER.matcher(s).matches() || PAGE_NUMBER.matcher(s).matches() || isAddressOrCredits(s)) {
            return LineKind.META;
        }
        if (s.contains("工作报告") && REPORT_TITLE.matcher(s).matches()) {
            return LineKind.REPORT_TITLE;
        }
        if (s.contains("会议上") && SUBTITLE.matcher(s).matches()) {
            return LineKind.SUBTITLE;
        }
        if (s.startsWith("各位代表") && SALUTATION.matcher(s).matches()) {
            return LineKind.SALUTATION;
        }
        if (LIST_ITEM.matcher(s).matches()) {
            return LineKind.LIST_ITEM;
        }
        HeadingMarkers.Marker m = HeadingMarkers.at(s, 0);
        if (m != null) {
            return isHeadingTitle(s.substring(m.end()).strip()) ? LineKind.HEADING : LineKind.PROSE;
        }
        return isPlainTitle(s, wrap) ? LineKind.PLAIN_TITLE : LineKind.PROSE;
    }

    /** An e-mail or web address, or an editors' line ({@code 责任编辑 张三 / 美编 李四 / 校对 王五}). */
    static boolean isAddressOrCredits(String s) {
        if (s.indexOf('@') >= 0 || s.contains("://") || s.contains("www.")) {
            return true;
        }
        int first = s.indexOf(" / ");
        return first >= 0 && s.indexOf(" / ", first + 3) >= 0;
    }

    /** A line without surrounding whitespace, markdown heading marks ({@code ## }) and bold marks ({@code **}). */
    static String core(String line) {
        String s = line.strip();
        if (s.startsWith("#")) {
            s = s.replaceFirst("^#{1,6}\\s+", "");
        }
        if (s.length() > 4 && (s.startsWith("**") && s.endsWith("**") || s.startsWith("__") && s.endsWith("__"))) {
            s = s.substring(2, s.length() - 2).strip();
        }
        return s;
    }

    /** What follows a number marker on a heading line: short, one sentence at most, not cut off at a comma. */
    static boolean isHeadingTitle(String rest) {
        if (codePoints(rest) > MAX_HEADING_TITLE) {
            return false;
        }
        if (!rest.isEmpty() && CLAUSE_MARK.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            return false;
        }
        for (int i = 0; i < rest.length() - 1; i++) {
            if ("。！？!?；;".indexOf(rest.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlainTitle(String s, int wrap) {
        int n = codePoints(s);
        if (n < 2 || n > MAX_PLAIN_TITLE || wrap > 0 && n >= wrap - 1 || ENUM_START.matcher(s).lookingAt()) {
            return false;
        }
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (NOT_IN_TITLE.indexOf(c) >= 0) {
                return false;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han * 2 >= n;
    }

    /**
     * The width at which the text was hard-wrapped: the most common line length when at least a third of the
     * lines (and five or more) have it or one less; 0 when the text was not hard-wrapped.
     */
    static int wrapWidth(List<Line> lines) {
        int[] counts = new int[512];
        int nonBlank = 0;
        for (Line l : lines) {
            int n = codePoints(l.getText().strip());
            if (n > 0) {
                nonBlank++;
                counts[Math.min(n, counts.length - 1)]++;
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int n = 8; n < counts.length - 1; n++) {
            int c = counts[n] + counts[n - 1];
            if (c > bestCount) {
                best = n;
                bestCount = c;
            }
        }
        return bestCount >= 5 && bestCount * 3 >= nonBlank ? best : 0;
    }

    static int nextNonBlank(List<Line> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}
