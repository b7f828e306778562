import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.engine.Linter;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;

/**
 * Warm throughput: one JVM, rules compiled once, the corpus linted repeatedly.
 * Run: java -cp target/reportlint.jar bench/Warm.java [rounds] [dir]
 */
public class Warm {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Path.of(args.length > 1 ? args[1] : "reports-under-test");
        long t0 = System.nanoTime();
        Linter linter = Linter.load(Path.of("rules"));
        long compileMs = (System.nanoTime() - t0) / 1_000_000;
        List<SourceText> docs = new ArrayList<>();
        long bytes = 0;
        SourceReader reader = new SourceReader();
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(reader.read(p, p.toString()));
                bytes += Files.size(p);
            }
        }
        for (int i = 0; i < 3; i++) {
            docs.forEach(linter::lint); // warm-up
        }
        long[] times = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            for (SourceText d : docs) {
                linter.lint(d);
            }
            times[r] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        double medianS = times[rounds / 2] / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("rules compile (in-JVM): %d ms%n", compileMs);
        System.out.printf("corpus: %d files, %.2f MB; median round %.1f ms; warm throughput %.2f MB/s%n",
                docs.size(), bytes / 1e6, medianS * 1000, bytes / 1e6 / medianS);
        System.out.printf("heap used after run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1 << 20));
        parseOnly(linter, docs, rounds);
    }

    /** Parse-only throughput: the corpus repeated to at least 1 MB of UTF-8, parsed into facts (no rules). */
    static void parseOnly(Linter linter, List<SourceText> docs, int rounds) {
        StringBuilder sb = new StringBuilder();
        while (sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 1_000_000) {
            docs.forEach(d -> sb.append(d.text()).append("\n\n"));
        }
        SourceText big = SourceText.of("bench", sb.toString());
        double mb = big.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        for (int i = 0; i < 3; i++) {
            linter.parser().parse(big); // warm-up
        }
        long[] times = new long[rounds];
        int facts = 0;
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            facts = linter.parser().parse(big).size();
            times[r] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        double medianS = times[rounds / 2] / 1e9;
        System.out.printf("parse only: %.2f MB, %d facts; median %.1f ms; %.2f MB/s%n", mb, facts, medianS * 1000,
                mb / medianS);
    }
}
