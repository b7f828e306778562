package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Line;
import org.reportlint.facts.Markup;
import org.reportlint.facts.Span;

/** Finds Markdown, LaTeX and HTML left in a line of plain text, each with the plain text it stands for. */
public final class MarkupScanner {
    static final Pattern MD_BOLD = Pattern.compile("(\\*\\*|__)([^*_\\n]{1,120}?)\\1");
    static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}[ \\t]*(?=\\S)");
    static final Pattern MD_LIST = Pattern.compile("^\\s*[*+][ \\t]+(?=\\p{IsHan})");
    /** A heading's ## left inside a line between Chinese text (建设 ## 现代化产业体系): a merged Markdown heading. */
    static final Pattern MD_INLINE_HEADING = Pattern.compile("(?<=[\\p{IsHan}，。；：])[ \\t]*#{2,6}[ \\t]*(?=\\p{IsHan})");
    static final Pattern MD_QUOTE = Pattern.compile("^\\s*>[ \\t]*(?=\\p{IsHan})");
    /** A table's separator row or a horizontal rule: | --- | :---: | or *** / --- alone on a line. */
    static final Pattern MD_RULE_LINE = Pattern.compile("^\\s*(?:\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?-{0,}:?\\s*|\\*{3,}|-{3,})\\s*$");
    /** A link [text](url): the text stays. */
    static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,80})]\\((?:https?://|www\\.)[^)\\s]{1,200}\\)");
    static final Pattern TEX_SCRIPT = Pattern.compile("([_^])\\{([^{}]{1,20})}");
    static final Pattern TEX_COMMAND = Pattern.compile("\\\\(?:frac|times|cdot|sqrt|mathrm|text|textbf|left|right"
            + "|leq|geq|le|ge|approx|pm|circ|alpha|beta|mu|Delta|percent)\\b|\\\\%|\\$[^$\\n]{1,40}\\$");
    static final Pattern HTML_TAG = Pattern.compile("</?(?:br|p|div|span|b|i|u|strong|em|sup|sub|font|table|tr|td|th"
            + "|ul|ol|li|h[1-6]|img|a)\\b[^<>]{0,80}/?>", Pattern.CASE_INSENSITIVE);
    static final Pattern HTML_ENTITY = Pattern.compile("&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash"
            + "|ndash|hellip|middot|times|#\\d{2,5}|#x[0-9a-fA-F]{2,4});");

    private MarkupScanner() {
    }

    public static List<Markup> scan(Line line) {
        List<Markup> out = new ArrayList<>();
        find(line, MD_BOLD, "Markdown", m -> m.group(2), out);
        find(line, MD_HEADING, "Markdown", m -> "", out);
        find(line, MD_INLINE_HEADING, "Markdown", m -> "", out);
        find(line, MD_LIST, "Markdown", m -> "", out);
        find(line, MD_QUOTE, "Markdown", m -> "", out);
        find(line, MD_RULE_LINE, "Markdown", m -> "", out);
        find(line, MD_LINK, "Markdown", m -> m.group(1), out);
        find(line, TEX_SCRIPT, "LaTeX", m -> m.group(1).equals("^") ? superscript(m.group(2)) : m.group(2), out);
        find(line, TEX_COMMAND, "LaTeX", m -> null, out);
        find(line, HTML_TAG, "HTML", m -> "", out);
        find(line, HTML_ENTITY, "HTML", m -> null, out);
        return out;
    }

    private static void find(Line line, Pattern p, String language, Function<Matcher, String> plain, List<Markup> out) {
        Matcher m = p.matcher(line.getText());
        int base = line.getSpan().getStart();
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Markup(language, new Span(base + m.start(), base + m.end(), m.group()), plain.apply(m)));
            }
        }
    }

    /** {@code ^{2}} → ², digits only; anything else keeps its text. */
    static String superscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = "0123456789".indexOf(c);
            if (i < 0) {
                return s;
            }
            b.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(i));
        }
        return b.toString();
    }
}
