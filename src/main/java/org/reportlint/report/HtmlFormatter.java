package org.reportlint.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-contained, offline HTML page for an editor: each report's text with every finding highlighted in
 * place (message and suggestion on hover, in the side panel on click), filters by severity and category,
 * summary counts and the masked-token catalogue; printable. Every piece of report text goes through
 * {@link #esc}; findings are tied to their marks by element ids, so no report text is ever put into script.
 */
public final class HtmlFormatter implements Formatter {
    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        LintRun.Summary s = run.summary();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>reportlint: ").append(String.valueOf(s.findings())).append(" findings in ")
                .append(String.valueOf(s.files())).append(" files</title>\n<style>\n")
                .append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n");
        header(run, s, out);
        out.append("<main>\n");
        int i = 0;
        for (FileReport f : run.files()) {
            file(f, "f" + i++, out);
        }
        out.append("</main>\n<script>\n").append(HtmlAssets.JS).append("</script>\n</body>\n</html>\n");
    }

    private static void header(LintRun run, LintRun.Summary s, Appendable out) throws IOException {
        out.append("<header>\n<h1>reportlint <small>").append(esc(run.version())).append("</small></h1>\n")
                .append("<p class=\"summary\">").append(esc(TextFormatter.summaryLine(run))).append("</p>\n")
                .append("<form id=\"filters\" aria-label=\"filters\">\n<fieldset><legend>severity</legend>\n");
        for (Severity v : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            filter("sev", v.label(), s.bySeverity().getOrDefault(v.label(), 0), out);
        }
        out.append("</fieldset>\n<fieldset><legend>category</legend>\n");
        for (Map.Entry<String, Integer> e : s.byCategory().entrySet()) {
            filter("cat", e.getKey(), e.getValue(), out);
        }
        out.append("</fieldset>\n</form>\n");
        if (run.files().size() > 1) {
            out.append("<nav class=\"files\">");
            for (int i = 0; i < run.files().size(); i++) {
                FileReport f = run.files().get(i);
                out.append("<a href=\"#f").append(String.valueOf(i)).append("\">").append(esc(f.file())).append(" (")
                        .append(f.failed() ? "unreadable" : String.valueOf(f.findings().size())).append(")</a>");
            }
            out.append("</nav>\n");
        }
        out.append("</header>\n");
    }

    private static void filter(String kind, String value, int count, Appendable out) throws IOException {
        out.append("<label class=\"").append(kind).append('-').append(esc(value)).append("\"><input type=\"checkbox\" ")
                .append("checked value=\"").append(kind).append(':').append(esc(value)).append("\"> ")
                .append(esc(value)).append(" <span class=\"n\">").append(String.valueOf(count))
                .append("</span></label>\n");
    }

    private static void file(FileReport f, String id, Appendable out) throws IOException {
        out.append("<section class=\"file\" id=\"").append(id).append("\">\n<h2>").append(esc(f.file()));
        if (f.failed()) {
            out.append("</h2>\n<p class=\"error\">").append(esc(f.error())).append("</p>\n</section>\n");
            return;
        }
        out.append(" <small>").append(String.valueOf(f.findings().size())).append(" findings · ")
                .append(String.valueOf(f.characters())).append(" characters · ").append(esc(f.encoding()))
                .append("</small></h2>\n<div class=\"cols\">\n<div class=\"text\">\n");
        List<Finding> fs = f.findings();
        int shown = f.sourceLines().size();
        if (shown > 1 && f.sourceLines().get(shown - 1).isEmpty()) {
            shown--; // the empty "line" after a final line break
        }
        for (int line = 1; line <= shown; line++) {
            out.append(f.sourceLines().get(line - 1).isBlank() ? "<div class=\"ln blank\" id=\"" : "<div class=\"ln\" id=\"")
                    .append(id).append("-L").append(String.valueOf(line))
                    .append("\"><span class=\"no\">").append(String.valueOf(line)).append("</span><span class=\"src\">");
            lineHtml(f.sourceLines().get(line - 1), line, fs, id, out);
            out.append("</span></div>\n");
        }
        out.append("</div>\n<aside class=\"panel\">\n<h3>findings</h3>\n")
                .append(fs.isEmpty() ? "<p class=\"none\">no findings</p>\n" : "").append("<ol class=\"findings\">\n");
        for (int i = 0; i < fs.size(); i++) {
            finding(fs.get(i), id, i, out);
        }
        out.append("</ol>\n");
        catalogue(f, id, out);
        out.append("</aside>\n</div>\n</section>\n");
    }

    private static void finding(Finding x, String id, int i, Appendable out) throws IOException {
        out.append("<li class=\"finding sev-").append(esc(x.severity())).append("\" id=\"").append(id).append("-x")
                .append(String.valueOf(i)).append("\" data-sev=\"").append(esc(x.severity())).append("\" data-cat=\"")
                .append(esc(x.category())).append("\"><a href=\"#").append(id).append("-L")
                .append(String.valueOf(x.line())).append("\">").append(String.valueOf(x.line())).append(':')
                .append(String.valueOf(x.column())).append("</a> <span class=\"sev\">").append(esc(x.severity()))
                .append("</span> <span class=\"rule\">").append(esc(x.rule())).append("</span>\n<div class=\"msg\">")
                .append(esc(x.message())).append("</div>");
        if (x.suggestion() != null) {
            out.append("<div class=\"fix\">").append(x.suggestion().isEmpty() ? "删除“" + esc(x.excerpt()) + "”"
                    : "改为“<ins>" + esc(x.suggestion()) + "</ins>”").append("</div>");
        }
        out.append("</li>\n");
    }

    private static void catalogue(FileReport f, String id, Appendable out) throws IOException {
        if (f.catalogue().isEmpty()) {
            return;
        }
        out.append("<h3>masked tokens</h3>\n<table class=\"catalogue\"><tr><th>token</th><th>×</th>")
                .append("<th>likely</th><th>where</th></tr>\n");
        for (MaskedEntry e : f.catalogue()) {
            out.append("<tr><td>").append(esc(e.token())).append("</td><td>").append(String.valueOf(e.count()))
                    .append("</td><td>").append(e.original() == null ? "" : esc(e.original())).append("</td><td>");
            for (String pos : e.positions()) {
                String line = pos.contains(":") ? pos.substring(0, pos.indexOf(':')) : pos;
                out.append("<a href=\"#").append(id).append("-L").append(esc(line)).append("\">").append(esc(pos))
                        .append("</a> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** One source line, cut into segments at every finding boundary; each covered segment is a mark. */
    static void lineHtml(String text, int line, List<Finding> fs, String id, Appendable out) throws IOException {
        int[] cps = text.codePoints().toArray();
        List<int[]> spans = new ArrayList<>(); // {from, to, finding index}, 0-based code points, to exclusive
        List<Integer> cuts = new ArrayList<>(List.of(0, cps.length));
        for (int i = 0; i < fs.size(); i++) {
            Finding x = fs.get(i);
            if (line < x.line() || line > x.endLine()) {
                continue;
            }
            int from = x.line() == line ? Math.min(x.column() - 1, cps.length) : 0;
            int to = x.endLine() == line ? Math.min(x.endColumn() - 1, cps.length) : cps.length;
            if (to < from || (to == from && x.line() != line)) {
                continue;
            }
            spans.add(new int[] {from, to, i});
            cuts.add(from);
            cuts.add(to);
        }
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        for (int k = 0; k < points.size(); k++) {
            int from = points.get(k);
            points(spans, from, id, fs, out);
            if (k + 1 < points.size()) {
                segment(cps, from, points.get(k + 1), spans, id, fs, out);
            }
        }
    }

    /** Zero-width findings (something missing here) as an empty mark the CSS draws as a caret. */
    private static void points(List<int[]> spans, int at, String id, List<Finding> fs, Appendable out)
            throws IOException {
        List<Integer> covering = new ArrayList<>();
        spans.stream().filter(s -> s[0] == at && s[1] == at).forEach(s -> covering.add(s[2]));
        if (!covering.isEmpty()) {
            mark(covering, id, fs, "", out);
        }
    }

    private static void segment(int[] cps, int from, int to, List<int[]> spans, String id, List<Finding> fs,
                                Appendable out) throws IOException {
        String text = esc(new String(cps, from, to - from));
        List<Integer> covering = new ArrayList<>();
        spans.stream().filter(s -> s[0] <= from && s[1] >= to && s[0] < s[1]).forEach(s -> covering.add(s[2]));
        if (covering.isEmpty()) {
            out.append(text);
        } else {
            mark(covering, id, fs, text, out);
        }
    }

    private static void mark(List<Integer> covering, String id, List<Finding> fs, String html, Appendable out)
            throws IOException {
        Severity worst = Severity.INFO;
        StringBuilder ids = new StringBuilder();
        StringBuilder title = new StringBuilder();
        for (int i : covering) {
            Finding x = fs.get(i);
            worst = x.severityLevel().atLeast(worst) ? x.severityLevel() : worst;
            ids.append(ids.length() == 0 ? "" : " ").append(id).append("-x").append(i);
            title.append(title.length() == 0 ? "" : "\n").append(x.severity()).append(" [").append(x.rule())
                    .append("] ").append(x.message());
            if (x.suggestion() != null) {
                title.append(x.suggestion().isEmpty() ? " → 删除" : " → “" + x.suggestion() + "”");
            }
        }
        out.append("<mark class=\"m sev-").append(worst.label()).append(html.isEmpty() ? " pt" : "")
                .append("\" tabindex=\"0\" data-f=\"").append(ids).append("\" title=\"").append(esc(title.toString()))
                .append("\">").append(html).append("</mark>");
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
