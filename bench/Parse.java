import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;
import org.reportlint.parse.DocumentParser;
import org.reportlint.parse.LineScanner;
import org.reportlint.parse.ParagraphJoiner;
import org.reportlint.parse.QuantityExtractor;
import org.reportlint.parse.SentenceSplitter;

/**
 * Parse throughput, no rules: the whole DocumentParser, and the quantity and claim extraction alone, on the
 * corpus repeated until it is about 1 MB.
 * Run: java -cp target/reportlint.jar bench/Parse.java [rounds] [dir]
 */
public class Parse {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Path.of(args.length > 1 ? args[1] : "reports-under-test");
        DataSet data = DataSet.load(Path.of("rules", "data"));
        data.words();
        DocumentParser parser = new DocumentParser(data);
        QuantityExtractor extractor = new QuantityExtractor(data);
        List<SourceText> docs = new ArrayList<>();
        long chars = 0;
        SourceReader reader = new SourceReader();
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(reader.read(p, p.toString()));
            }
        }
        List<SourceText> mb = new ArrayList<>();
        long bytes = 0;
        while (bytes < 1_000_000) {
            for (SourceText d : docs) {
                mb.add(d);
                bytes += d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                chars += d.text().length();
            }
        }
        List<List<Paragraph>> paras = new ArrayList<>();
        List<List<List<Sentence>>> sents = new ArrayList<>();
        for (SourceText d : mb) {
            List<Paragraph> ps = ParagraphJoiner.join(LineScanner.scan(d));
            paras.add(ps);
            sents.add(ps.stream().map(SentenceSplitter::split).toList());
        }
        long facts = 0;
        for (int w = 0; w < 3; w++) {
            for (SourceText d : mb) {
                facts = parser.parse(d).size();
            }
        }
        long[] whole = new long[rounds];
        long[] quant = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (SourceText d : mb) {
                parser.parse(d);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < mb.size(); i++) {
                extractor.extract(paras.get(i), sents.get(i));
            }
            whole[r] = t1 - t0;
            quant[r] = System.nanoTime() - t1;
        }
        java.util.Arrays.sort(whole);
        java.util.Arrays.sort(quant);
        double w = whole[rounds / 2] / 1e9;
        double q = quant[rounds / 2] / 1e9;
        System.out.printf("input: %.2f MB UTF-8 (%d chars, corpus x%d)%n", bytes / 1e6, chars, mb.size() / docs.size());
        System.out.printf("DocumentParser.parse: median %.0f ms per MB-round, %.2f MB/s%n", w * 1000, bytes / 1e6 / w);
        System.out.printf("QuantityExtractor alone: median %.0f ms, %.2f MB/s%n", q * 1000, bytes / 1e6 / q);
    }
}
