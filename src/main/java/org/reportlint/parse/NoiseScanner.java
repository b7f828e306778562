package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Line;
import org.reportlint.facts.Noise;
import org.reportlint.facts.Span;

/**
 * Finds text that does not belong to the report, line by line: watermark phrases of {@code noise-phrases.tsv}
 * with the residue glued to them ({@code 更多资料+【公众号:…】}, {@code 更多资料+AAA:xx}), URLs and e-mail
 * addresses, newspaper credit and continuation lines, and page furniture.
 */
public final class NoiseScanner {
    public static final String LEXICON = "noise-phrases";
    /** What a sharing site glues to its watermark phrase: brackets with a name, Latin handles, separators. */
    static final Pattern RESIDUE = Pattern.compile(
            "(?:[+＋:：\\s]*(?:\\p{IsHan}{0,4}【[^】]{0,24}】|\\[[^\\]]{0,24}]|[A-Za-z0-9_@.\\-]+))*");
    /** The account name after a handle phrase and its colon: up to a bracket, a separator or a space. */
    static final Pattern ACCOUNT = Pattern.compile("[:：][^\\s，。；;,！!？?】]{1,30}】?");
    /** A credit verb after a Latin handle: {@code xx整理} is "compiled by xx". */
    static final Pattern CREDIT_VERB = Pattern.compile("(?<=[A-Za-z0-9_])(?:整理|提供|制作|收集|编辑)");
    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9./?=&%#_~:+\\-]+");
    static final Pattern EMAIL_LINE = Pattern.compile("^\\s*(?:E-?mail|电子邮箱|邮箱)\\s*[:：].*$", Pattern.CASE_INSENSITIVE);
    /** (上接第一版), 下转05版, 转第3版: a newspaper continuation marker filling its line. */
    static final Pattern CONTINUATION = Pattern.compile(
            "^\\s*[（(]?\\s*(?:上接|下转|接上|转下|下接|转)第?\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*版\\s*[)）]?\\s*$");
    /**
     * A newspaper page's dateline filling its line: a date with its weekday or the page number (2026年1月1日 星期四
     * 第8版, 2025年3月6日 第05版); a date alone is not one (a report's own date line says more).
     */
    static final Pattern DATELINE = Pattern.compile("^\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*"
            + "(?:(?:星期|周)[一二三四五六日天]\\s*(?:第\\s*[0-9０-９]{1,3}\\s*版)?|第\\s*[0-9０-９]{1,3}\\s*版)\\s*$");
    /** - 12 -, — 3 —, 第3页 共20页, 第 3 页: a page number filling its line. */
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?)\\s*$");
    /** 第3页 共28页 ending a line after other text (a PDF footer merged into the last line of a page). */
    static final Pattern PAGE_OF_TAIL = Pattern.compile("第\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页(?=\\s*$)");
    /** Longest credit line, in characters: credits are short (责任编辑 张三 / 美编 李四 / 校对 王五). */
    static final int MAX_CREDIT_LINE = 60;

    /** Longest running header, in characters: a page header is a title, not a sentence. */
    static final int MAX_HEADER = 40;
    /** A line ending like this is prose or an address (各位代表：), not a page header. */
    static final String PROSE_END = "。！？；：:!?;，,";

    private final List<LexiconEntry> phrases;
    private final PrefixIndex<Integer> phraseIndex = new PrefixIndex<>();

    public NoiseScanner(Lexicon lexicon) {
        this.phrases = lexicon == null ? List.of() : lexicon.entries();
        for (int k = 0; k < phrases.size(); k++) {
            phraseIndex.add(phrases.get(k).getText(), k);
        }
    }

    public List<Noise> scan(Line line) {
        List<Noise> out = new ArrayList<>();
        String t = line.getText();
        if (t.isBlank()) {
            return out;
        }
        if (CONTINUATION.matcher(t).matches() || DATELINE.matcher(t).matches() || EMAIL_LINE.matcher(t).matches()
                || credit(t)) {
            out.add(new Noise(Noise.NEWSPAPER, trimmed(line), true));
            return out;
        }
        if (PAGE_NUMBER.matcher(t).matches()) {
            out.add(new Noise(Noise.PAGE, trimmed(line), true));
            return out;
        }
        Matcher tail = PAGE_OF_TAIL.matcher(t);
        if (tail.find()) {
            out.add(new Noise(Noise.PAGE, span(line, tail.start(), tail.end()), false));
        }
        watermarks(line, out);
        Matcher u = URL.matcher(t);
        while (u.find()) {
            out.add(new Noise(Noise.URL, span(line, u.start(), u.end()), false));
        }
        return out;
    }

    /**
     * Running-header candidates: the same short line, not a heading, a list item or an address, written more
     * than once in the document (a PDF's page header copied once per page), with how close its copies come and
     * whether it is a single dictionary word; the rule decides how often and how far apart is a header.
     */
    public static List<Noise> runningHeaders(List<Line> lines, WordDictionary words) {
        java.util.Map<String, List<Line>> byText = new java.util.LinkedHashMap<>();
        for (Line l : lines) {
            String s = l.getText().strip();
            if (!s.isEmpty() && s.codePointCount(0, s.length()) <= MAX_HEADER && PROSE_END.indexOf(s.charAt(s.length() - 1)) < 0
                    && !startsBlock(s)) {
                byText.computeIfAbsent(s, k -> new ArrayList<>()).add(l);
            }
        }
        List<Noise> out = new ArrayList<>();
        byText.forEach((s, ls) -> {
            if (ls.size() > 1) {
                int gap = minGap(ls);
                boolean word = words.contains(s);
                ls.forEach(l -> out.add(new Noise(Noise.HEADER, trimmed(l), true, ls.size(), gap, word)));
            }
        });
        return out;
    }

    /** Fewest characters between the end of one line and the start of the next (lines in document order). */
    private static int minGap(List<Line> ls) {
        int gap = Integer.MAX_VALUE;
        for (int k = 1; k < ls.size(); k++) {
            gap = Math.min(gap, ls.get(k).getSpan().getStart() - ls.get(k - 1).getSpan().getEnd());
        }
        return gap;
    }

    /** Headings, enumerators, list items and markdown: lines that legitimately recur (一、 …, - …). */
    private static boolean startsBlock(String s) {
        return HeadingMarkers.at(s, 0) != null || LineClassifier.LIST_ITEM.matcher(s).lookingAt()
                || LineClassifier.ENUM_START.matcher(s).lookingAt() || s.startsWith("——") || s.startsWith("#");
    }

    private boolean credit(String t) {
        String s = t.strip();
        return s.length() <= MAX_CREDIT_LINE && phrases.stream()
                .anyMatch(e -> "credit".equals(e.getValue()) && s.startsWith(e.getText()));
    }

    /** The phrases occurring at {@code i}, in lexicon order (the first one that applies wins). */
    private List<LexiconEntry> phrasesAt(String t, int i) {
        List<Integer> hits = new ArrayList<>(2);
        phraseIndex.forEachAt(t, i, (end, order) -> hits.add(order));
        hits.sort(null);
        List<LexiconEntry> out = new ArrayList<>(hits.size());
        hits.forEach(k -> out.add(phrases.get(k)));
        return out;
    }

    private void watermarks(Line line, List<Noise> out) {
        String t = line.getText();
        int covered = -1;
        for (int i = 0; i < t.length(); i++) {
            if (i < covered) {
                continue;
            }
            for (LexiconEntry e : phrasesAt(t, i)) {
                boolean handle = "handle".equals(e.getValue());
                int after = i + e.getText().length();
                if ("watermark".equals(e.getValue()) || handle && (withAccount(t, i, after) || callAt(t, after) > 0)) {
                    int start = handle && i > 0 && t.charAt(i - 1) == '【' ? i - 1 : i;
                    int end = stretch(t, i + e.getText().length(), handle);
                    out.add(new Noise(Noise.WATERMARK, span(line, start, end),
                            t.strip().equals(t.substring(start, end).strip())));
                    covered = end;
                    break;
                }
            }
        }
    }

    /** Where the residue after a watermark phrase ending at {@code end} stops. */
    private int stretch(String t, int end, boolean handle) {
        if (handle && callAt(t, end) > 0) {
            end += callAt(t, end); // 关注公众号获取更多
        } else if (handle) {
            Matcher a = ACCOUNT.matcher(t).region(end, t.length());
            end = a.lookingAt() ? a.end() : end;
            end = end < t.length() && t.charAt(end) == '】' ? end + 1 : end;
        }
        Matcher r = RESIDUE.matcher(t).region(end, t.length());
        end = extendOverPhrases(t, r.lookingAt() ? r.end() : end);
        Matcher v = CREDIT_VERB.matcher(t).region(end, t.length());
        v.useTransparentBounds(true);
        if (v.lookingAt()) {
            end = v.end();
        }
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Length of the call to action ({@code call} phrase) starting at {@code at}, or 0: 获取更多 after 关注公众号. */
    private int callAt(String t, int at) {
        for (LexiconEntry e : phrases) {
            if ("call".equals(e.getValue()) && t.startsWith(e.getText(), at)) {
                return e.getText().length();
            }
        }
        return 0;
    }

    /** A handle phrase names an account: 公众号:某某, 【公众号…】, not 政务公众号 in a sentence. */
    static boolean withAccount(String t, int start, int end) {
        boolean bracketed = start > 0 && t.charAt(start - 1) == '【';
        boolean colon = end + 1 < t.length() && (t.charAt(end) == ':' || t.charAt(end) == '：')
                && !Character.isWhitespace(t.charAt(end + 1));
        return bracketed || colon;
    }

    /** A watermark glued to another (更多资料+【公众号:…】) is one stretch of noise. */
    private int extendOverPhrases(String t, int end) {
        for (LexiconEntry e : phrases) {
            if ("watermark".equals(e.getValue()) && t.startsWith(e.getText(), end)) {
                Matcher r = RESIDUE.matcher(t).region(end + e.getText().length(), t.length());
                return extendOverPhrases(t, r.lookingAt() ? r.end() : end + e.getText().length());
            }
        }
        return end;
    }

    private static Span trimmed(Line line) {
        String t = line.getText();
        int a = 0;
        int b = t.length();
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        return span(line, a, b);
    }

    private static Span span(Line line, int from, int to) {
        int s = line.getSpan().getStart();
        return new Span(s + from, s + to, line.getText().substring(from, to));
    }
}
