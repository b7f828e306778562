import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reportlint.engine.Linter;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;

/**
 * Lint phase only, one warm JVM: the corpus (repeated COPIES times) linted on 1 thread vs on all cores, as
 * `check -j` does (one rule session per file). Run: java -cp target/reportlint.jar bench/Parallel.java [copies]
 */
public class Parallel {
    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Linter linter = Linter.load(Path.of("rules"));
        List<SourceText> docs = new ArrayList<>();
        SourceReader reader = new SourceReader();
        try (var s = Files.list(Path.of("reports-under-test"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (int i = 0; i < copies; i++) {
                    docs.add(reader.read(p, p + "#" + i));
                }
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        for (int i = 0; i < 3; i++) {
            docs.forEach(linter::lint);
            parallel(pool, linter, docs);
        }
        long[] serial = new long[9];
        long[] par = new long[9];
        for (int r = 0; r < serial.length; r++) {
            long t = System.nanoTime();
            docs.forEach(linter::lint);
            serial[r] = System.nanoTime() - t;
            t = System.nanoTime();
            parallel(pool, linter, docs);
            par[r] = System.nanoTime() - t;
        }
        pool.shutdown();
        Arrays.sort(serial);
        Arrays.sort(par);
        System.out.printf("%d files: serial median %.1f ms, %d threads median %.1f ms (x%.2f)%n", docs.size(),
                serial[4] / 1e6, cores, par[4] / 1e6, (double) serial[4] / par[4]);
    }

    private static void parallel(ExecutorService pool, Linter linter, List<SourceText> docs) throws Exception {
        List<Future<?>> fs = new ArrayList<>();
        for (SourceText d : docs) {
            fs.add(pool.submit(() -> linter.lint(d)));
        }
        for (Future<?> f : fs) {
            f.get();
        }
    }
}
