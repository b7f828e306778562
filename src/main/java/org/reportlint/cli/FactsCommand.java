package org.reportlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.reportlint.data.DataException;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;
import org.reportlint.parse.DocumentParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reportlint facts FILE}: every fact the parser inserts into a rule session, with its position and text —
 * what a rule author's patterns will see. Properties are read by reflection ({@link FactView}), so facts added
 * later show up without changes here.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Dump the facts of one report (what the rules see), with positions.")
final class FactsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "FILE", description = "The report; - reads standard input.")
    String file;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", split = ",",
            description = "Only facts of these types (simple class names, e.g. Heading,Section).")
    Set<String> types;

    @Option(names = "--max-text", paramLabel = "N", description = "Longest text shown, in characters; 0 = all "
            + "(default: ${DEFAULT-VALUE}).")
    int maxText = 60;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory for the data files "
            + "(default: the project's rules/).")
    Path rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main parent;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputCollector.Input in = new InputCollector(new SourceReader(), parent.env.cwd())
                .collect(List.of(file), "<stdin>", parent.stdin).get(0);
        if (in.error() != null) {
            err.println("reportlint: " + in.error());
            return Main.TROUBLE;
        }
        List<Object> facts;
        try {
            Path dir = Home.rules(rules, parent.env.cwd());
            DataSet data = DataSet.load(dir.resolve("data"));
            facts = new DocumentParser(data).parse(in.source());
        } catch (DataException e) {
            err.println(e.getMessage());
            return Main.TROUBLE;
        }
        List<Object> shown = facts.stream().filter(f -> types == null || types.contains(FactView.type(f))).toList();
        FactView view = new FactView(in.source(), maxText);
        if (format == Format.json) {
            writeJson(out, in.source(), shown, view);
        } else {
            writeText(out, in.source(), shown, view);
        }
        out.flush();
        return Main.OK;
    }

    private void writeText(PrintWriter out, SourceText src, List<Object> facts, FactView view) {
        Map<String, Integer> counts = new TreeMap<>();
        facts.forEach(f -> counts.merge(FactView.type(f), 1, Integer::sum));
        out.println("# " + src.name() + ": " + facts.size() + " facts " + counts);
        for (Object f : facts) {
            Span s = FactView.spanOf(f);
            Object text = s != null ? s.getText() : FactView.property(f, "text");
            StringBuilder line = new StringBuilder(FactView.type(f));
            line.append(' ').append(s == null ? "-" : view.position(s));
            if (text != null) {
                line.append(" “").append(view.clip(text.toString())).append('”');
            }
            FactView.properties(f).forEach((k, v) -> line.append(' ').append(k).append('=').append(textValue(v, view)));
            out.println(line);
        }
    }

    private static String textValue(Object v, FactView view) {
        if (v instanceof Span s) {
            return view.position(s) + "“" + view.clip(s.getText()) + "”";
        }
        if (v instanceof String s) {
            return "“" + view.clip(s) + "”";
        }
        if (v instanceof List<?> l) {
            return l.stream().anyMatch(FactView::isFact) ? "[" + l.size() + "]"
                    : view.clip(l.stream().map(x -> textValue(x, view)).toList().toString());
        }
        return FactView.isFact(v) ? view.reference(v) : String.valueOf(v);
    }

    private void writeJson(PrintWriter out, SourceText src, List<Object> facts, FactView view) throws Exception {
        List<Object> rows = new ArrayList<>();
        for (Object f : facts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", FactView.type(f));
            Span s = FactView.spanOf(f);
            if (s != null) {
                row.putAll(jsonSpan(s, src, view));
            } else if (FactView.property(f, "text") instanceof String t) {
                row.put("text", view.clip(t));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            FactView.properties(f).forEach((k, v) -> props.put(k, jsonValue(v, src, view)));
            row.put("properties", props);
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", src.name());
        doc.put("facts", rows);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    }

    private static Map<String, Object> jsonSpan(Span s, SourceText src, FactView view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", src.lineOf(s.getStart()));
        m.put("column", src.columnOf(s.getStart()));
        m.put("endLine", src.lineOf(s.getEnd()));
        m.put("endColumn", src.columnOf(s.getEnd()));
        m.put("text", view.clip(s.getText()));
        return m;
    }

    private static Object jsonValue(Object v, SourceText src, FactView view) {
        if (v instanceof Span s) {
            return jsonSpan(s, src, view);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> jsonValue(x, src, view)).toList();
        }
        if (FactView.isFact(v)) {
            return view.reference(v);
        }
        if (v instanceof String s) {
            return view.clip(s);
        }
        if (v instanceof Number || v instanceof Boolean || v == null) {
            return v;
        }
        return v instanceof TemporalAccessor || v instanceof Enum<?> ? v.toString() : String.valueOf(v);
    }
}
