package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportlint.facts.EnumerationItem;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.RespectiveList;
import org.reportlint.facts.Span;
import org.reportlint.facts.StatedCount;
import org.reportlint.facts.SumClaim;
import org.reportlint.facts.TargetClaim;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;

/** For every quantity and claim on every corpus report, the original text at its span is the fact's text. */
class QuantityRoundTripTest {

    @TestFactory
    Stream<DynamicTest> spansPointAtTheirTextInTheOriginalFile() throws IOException {
        List<Path> reports;
        try (Stream<Path> s = Files.list(Path.of("reports-under-test"))) {
            reports = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        DocumentParser parser = new DocumentParser(ParseFixtures.data());
        return reports.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            SourceText src = new SourceReader().read(p, p.toString());
            List<Span> spans = new ArrayList<>();
            for (Object o : parser.parse(src)) {
                spans.addAll(spansOf(o));
            }
            assertTrue(spans.size() > 10, "too few facts in " + p);
            for (Span s : spans) {
                String original = src.text().substring(s.getStart(), s.getEnd()).replaceAll("\\s*[\\r\\n]+\\s*", "");
                assertEquals(s.getText(), original, p + " at " + s.getStart());
            }
        }));
    }

    private static List<Span> spansOf(Object o) {
        List<Span> out = new ArrayList<>();
        if (o instanceof Quantity q) {
            out.add(q.getSpan());
            out.add(q.getExtent());
            assertEquals(q.getText(), q.getSpan().getText());
            if (q.getMetricSpan() != null) {
                out.add(q.getMetricSpan());
            }
        } else if (o instanceof GrowthClaim g) {
            out.add(g.getSpan());
        } else if (o instanceof TargetClaim t) {
            out.add(t.getCueSpan());
            out.add(t.getSpan());
        } else if (o instanceof SumClaim s && s.getSpan().getText() != null) {
            out.add(s.getSpan());
        } else if (o instanceof RespectiveList r) {
            out.add(r.getSpan());
            out.addAll(r.getSubjects());
        } else if (o instanceof StatedCount c) {
            out.add(c.getSpan());
            out.addAll(c.getFollowers());
        } else if (o instanceof EnumerationItem i) {
            out.add(i.getSpan());
        }
        return out;
    }
}
