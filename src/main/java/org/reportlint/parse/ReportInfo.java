package org.reportlint.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Line;
import org.reportlint.facts.Report;
import org.reportlint.facts.Span;

/**
 * Reads what a report says about itself: title and meeting line, and from them place, year, date and session.
 * A report without them gets its year and place from its text only when the evidence is unambiguous.
 */
final class ReportInfo {
    private static final String PLACE = "\\p{IsHan}{1,12}?(?:自治区|自治州|自治县|特别行政区|地区|省|市|州|盟|县|区|旗)";
    private static final String CN_NUM = "[一二三四五六七八九十百零〇]{1,4}";
    static final Pattern TITLE_PLACE = Pattern.compile(
            "(?<year>\\d{4})年度?(?<place>" + PLACE + ")(?:人民)?政府工作报告");
    static final Pattern TITLE_YEAR = Pattern.compile("^(\\d{4})年度?");
    static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    static final Pattern MEETING = Pattern.compile("第" + CN_NUM + "届人民代表大会(?:常务委员会)?第" + CN_NUM
            + "次(?:全体)?会议|" + CN_NUM + "届人大(?:常委会)?" + CN_NUM + "次(?:全体)?会议");
    static final Pattern MEETING_PLACE = Pattern.compile("在(" + PLACE + ")第" + CN_NUM + "届人民代表大会");
    static final Pattern CONTINUED_FROM = Pattern.compile("[（(](?:上接|接)");
    static final Pattern CONTINUED_ON = Pattern.compile("[（(](?:下转|转)");
    static final Pattern CITY_MEETING = Pattern.compile("(?:^|\\s)市" + CN_NUM + "届人大");
    static final Pattern GOVERNMENT_PLACE = Pattern.compile("代表(" + PLACE + ")人民政府");
    /** Cues for the year a report is delivered: the review year plus one, or the plan year. */
    static final Pattern PAST_YEAR = Pattern.compile("刚刚过去的(\\d{4})年|过去的(\\d{4})年[，,]|^(\\d{4})年工作回顾");
    static final Pattern PLAN_YEAR = Pattern.compile("(\\d{4})年(?:重点)?工作(?:安排|任务)");
    /** A city named this often, and twice as often as any other, is taken as the report's own. */
    static final int MIN_CITY_MENTIONS = 5;
    /** Place names are counted in this much of a report's text: enough to see its own city, and bounded. */
    static final int CITY_SAMPLE = 12_000;

    private ReportInfo() {
    }

    static Report build(int index, String source, List<Line> lines, LineKind[] kinds, int first, int last,
            Supplier<WordDictionary> words) {
        Span title = null;
        int subFirst = -1;
        int subLast = -1;
        for (int i = first; i <= last && kinds[i] != LineKind.PROSE && kinds[i] != LineKind.HEADING; i++) {
            if (kinds[i] == LineKind.REPORT_TITLE && title == null) {
                title = coreSpan(source, lines.get(i), lines.get(i));
            } else if (kinds[i] == LineKind.SUBTITLE && (subFirst < 0 || subLast == i - 1)) {
                subFirst = subFirst < 0 ? i : subFirst;
                subLast = i;
            }
        }
        Span subtitle = subFirst < 0 ? null : coreSpan(source, lines.get(subFirst), lines.get(subLast));
        String head = (title == null ? "" : title.getText()) + " "
                + (subtitle == null ? "" : subtitle.getText().replaceAll("\\s+", ""));
        Span whole = ReportSplitter.span(source, lines, first, last);
        LocalDate date = date(head);
        Integer year = titleYear(title);
        if (year == null && date != null) {
            year = date.getYear();
        }
        if (year == null) {
            year = textYear(whole.getText());
        }
        String city = city(head, whole.getText(), words);
        return new Report(index, first + 1, last + 1, whole, title, subtitle, city, year, date, find(MEETING, head),
                continued(lines, kinds, first, last), truncated(lines, kinds, first, last));
    }

    /** A {@code (上接…)} marker before the first line of content. */
    static boolean continued(List<Line> lines, LineKind[] kinds, int first, int last) {
        for (int i = first; i <= last && kinds[i] != LineKind.PROSE && kinds[i] != LineKind.HEADING; i++) {
            if (kinds[i] == LineKind.META && CONTINUED_FROM.matcher(lines.get(i).getText()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The last non-blank line is a {@code (下转…)} marker, or prose that breaks off mid-sentence. */
    static boolean truncated(List<Line> lines, LineKind[] kinds, int first, int last) {
        int i = last;
        while (i > first && kinds[i] == LineKind.BLANK) {
            i--;
        }
        String s = lines.get(i).getText().strip();
        return kinds[i] == LineKind.META && CONTINUED_ON.matcher(s).find()
                || kinds[i] == LineKind.PROSE && ParagraphJoiner.leavesSentenceOpen(s, 0);
    }

    /** The text of lines first..last without surrounding whitespace or bold marks, as in the file. */
    private static Span coreSpan(String source, Line first, Line last) {
        String a = LineClassifier.core(first.getText());
        String b = LineClassifier.core(last.getText());
        int from = first.getSpan().getStart() + first.getText().indexOf(a);
        int to = last.getSpan().getStart() + last.getText().indexOf(b) + b.length();
        return new Span(from, to, source.substring(from, to));
    }

    private static Integer titleYear(Span title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_YEAR.matcher(title.getText());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static LocalDate date(String head) {
        Matcher m = DATE.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The delivery year all year cues of the text agree on, or null. */
    static Integer textYear(String text) {
        Integer year = null;
        for (Matcher m = PAST_YEAR.matcher(text); m.find(); ) {
            String y = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            year = agree(year, Integer.parseInt(y) + 1);
        }
        for (Matcher m = PLAN_YEAR.matcher(text); m.find(); ) {
            year = agree(year, Integer.parseInt(m.group(1)));
        }
        return year == null || year < 0 ? null : year;
    }

    private static Integer agree(Integer year, int y) {
        return year == null || year == y ? Integer.valueOf(y) : Integer.valueOf(-1);
    }

    static String city(String head, String text, Supplier<WordDictionary> words) {
        for (Pattern p : List.of(TITLE_PLACE, MEETING_PLACE)) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return p == TITLE_PLACE ? m.group("place") : m.group(1);
            }
        }
        String g = find(GOVERNMENT_PLACE, text);
        if (g != null) {
            return GOVERNMENT_PLACE.matcher(g).replaceFirst("$1");
        }
        return isCityLevel(head, text) ? mostNamedCity(text, words.get()) : null;
    }

    /** Whether the report is a city government's: its title says 市…届人大, or 全市/我市 outnumber 全省/全县 cues. */
    static boolean isCityLevel(String head, String text) {
        if (CITY_MEETING.matcher(head).find()) {
            return true;
        }
        int city = count(text, "全市") + count(text, "我市");
        return city >= 3 && city > count(text, "全省") + count(text, "我省") + count(text, "全县") + count(text, "我县");
    }

    /**
     * The city the text names most often: a 2–3 character name whose {@code 名+市} the dictionary tags as a place
     * name (ns), named at least {@value #MIN_CITY_MENTIONS} times and twice as often as any other in the first
     * {@value #CITY_SAMPLE} characters.
     */
    static String mostNamedCity(String text, WordDictionary dict) {
        Map<String, Boolean> known = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int limit = Math.min(text.length(), CITY_SAMPLE);
        for (int i = 0; i + 2 <= limit; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                continue;
            }
            for (int n = 2; n <= 3 && i + n <= limit; n++) {
                String name = text.substring(i, i + n);
                if (known.computeIfAbsent(name, k -> isCityName(k, dict))) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && first >= MIN_CITY_MENTIONS && first >= 2 * second ? best + "市" : null;
    }

    private static boolean isCityName(String name, WordDictionary dict) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.UnicodeScript.of(name.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return "ns".equals(dict.partOfSpeech(name + "市"));
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : null;
    }
}
