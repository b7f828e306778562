package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;

/**
 * The round-trip property, for every fact the parser produces on every corpus file (and on CRLF and indented
 * variants of them): for every {@link Span}-valued property {@code s} of the fact, let {@code raw} be the file's
 * text from {@code (line, column)} to {@code (endLine, endColumn)} of {@code s} (1-based code points, end exclusive).
 * Then {@code s.text} equals {@code raw}, or — for stretches of a paragraph rebuilt across a line break — equals
 * {@code raw} with every maximal run of whitespace ({@link Character#isWhitespace}) that contains a line terminator
 * deleted (exactly what the joiner drops at a join). A fact's {@code getText()}, where it has one, equals the text
 * of its {@code getSpan()}. A span without text (position only) is checked for its positions alone.
 */
class FactSpanRoundTripTest {
    private static final DocumentParser PARSER = new DocumentParser(DataSet.load(Path.of("rules/data")));

    @TestFactory
    Stream<DynamicTest> everyFactSpanIsItsTextInTheFile() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("reports-under-test"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : files) {
            SourceText src = new SourceReader().read(p, p.toString());
            tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(src)));
            String crlf = src.text().replace("\r\n", "\n").replace("\n", "\r\n");
            tests.add(DynamicTest.dynamicTest(p.getFileName() + " CRLF", () -> check(SourceText.of("crlf", crlf))));
            String indented = src.text().replaceAll("(?m)^(?=\\S)", "\u3000\u3000");
            tests.add(DynamicTest.dynamicTest(p.getFileName() + " indented",
                    () -> check(SourceText.of("indented", indented))));
        }
        Random random = new Random(20240110);
        for (int i = 0; i < 300; i++) {
            String text = randomReport(random);
            tests.add(DynamicTest.dynamicTest("random " + i, () -> check(SourceText.of("random", text))));
        }
        return tests.stream();
    }

    /** Text assembled from the pieces the parser reacts to, in random order: it must never throw. */
    private static String randomReport(Random r) {
        String[] pieces = {"2024年甲市政府工作报告", "各位代表：", "——2024年1月5日在甲市第九届人民代表大会", "第二次会议上", "目 录",
            "1.总体要求 3", "一、", "（二）", "(3)", "④", "第五部分", "1.5万亩", "推进", "改革", "“", "”", "《", "》", "（", "）",
            "，", "、", "：", "。", "！", "；", ",", ":", ".", "\"", "\n", "\n\n", "\r\n", " ", "\u3000\u3000", "**", "## ",
            "- ", "——", "一是", "更多资料+【公众号:某】", "a@b.cn", "(上接第一版)", "12", "中", "心", "\uD840\uDC00", "\t"};
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    private static void check(SourceText src) throws Exception {
        List<Object> facts = PARSER.parse(src);
        int spans = 0;
        for (Object f : facts) {
            for (Method m : f.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && m.getReturnType() == Span.class) {
                    Span s = (Span) m.invoke(f);
                    if (s != null) {
                        checkSpan(src, s, f.getClass().getSimpleName() + "." + m.getName());
                        spans++;
                    }
                }
            }
            checkText(f);
        }
        assertTrue(spans >= facts.size() / 2, "spans were checked");
    }

    private static void checkSpan(SourceText src, Span s, String what) {
        int start = src.offsetOf(src.lineOf(s.getStart()), src.columnOf(s.getStart()));
        int end = src.offsetOf(src.lineOf(s.getEnd()), src.columnOf(s.getEnd()));
        assertEquals(s.getStart(), start, what);
        assertEquals(s.getEnd(), end, what);
        String raw = src.text().substring(start, end);
        if (s.getText() == null) {
            return; // a position-only span (Enumeration: from its first marker to its last, across paragraphs)
        }
        if (!s.getText().equals(raw) && !s.getText().equals(withoutBreaks(raw))) {
            fail(what + " at " + src.lineOf(start) + ":" + src.columnOf(start) + ": “" + s.getText() + "” vs file “"
                    + raw + "”");
        }
    }

    /** {@code raw} without the whitespace runs that hold a line break. */
    static String withoutBreaks(String raw) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            int j = i;
            boolean breaks = false;
            while (j < raw.length() && Character.isWhitespace(raw.charAt(j))) {
                breaks |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
                j++;
            }
            if (j > i) {
                if (!breaks) {
                    out.append(raw, i, j);
                }
                i = j;
            } else {
                out.append(raw.charAt(i++));
            }
        }
        return out.toString();
    }

    private static void checkText(Object f) throws Exception {
        Method text;
        Method span;
        try {
            text = f.getClass().getMethod("getText");
            span = f.getClass().getMethod("getSpan");
        } catch (NoSuchMethodException e) {
            return;
        }
        Span s = (Span) span.invoke(f);
        if (s != null) {
            assertEquals(s.getText(), text.invoke(f), f.getClass().getSimpleName());
        }
    }
}
