package org.reportlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reportlint.engine.Linter;
import org.reportlint.report.FileReport;

/**
 * Lints the inputs on several threads (one rule session per file, so {@link Linter#lint} runs concurrently)
 * and returns the reports in input order, whatever order they finish in.
 */
final class LintRunner {
    private LintRunner() {
    }

    static List<FileReport> run(Linter linter, List<InputCollector.Input> inputs, int threads, Progress progress,
                                PrintWriter err, boolean verbose) {
        for (InputCollector.Input in : inputs) { // in input order, before the threads start
            if (in.error() != null) {
                err.println("reportlint: " + in.error());
            } else if (verbose) {
                err.println(in.name() + ": decoded as " + in.source().encoding());
            }
        }
        List<FileReport> out = new ArrayList<>(inputs.size());
        int n = Math.max(1, Math.min(threads, inputs.size()));
        if (n == 1) {
            inputs.forEach(in -> out.add(one(linter, in, progress, err)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "reportlint-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileReport>> futures = new ArrayList<>();
            for (InputCollector.Input in : inputs) {
                futures.add(pool.submit(() -> one(linter, in, progress, err)));
            }
            for (int i = 0; i < futures.size(); i++) {
                out.add(result(futures.get(i), inputs.get(i).name()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileReport result(Future<FileReport> f, String name) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileReport.failed(name, name + ": interrupted");
        } catch (ExecutionException e) {
            return FileReport.failed(name, name + ": internal error: " + e.getCause());
        }
    }

    private static FileReport one(Linter linter, InputCollector.Input in, Progress progress, PrintWriter err) {
        try {
            if (in.error() != null) {
                return FileReport.failed(in.name(), in.error());
            }
            return linter.lint(in.source());
        } catch (RuntimeException | StackOverflowError e) {
            String msg = in.name() + ": internal error while linting: " + e;
            synchronized (err) {
                err.println("reportlint: " + msg);
            }
            return FileReport.failed(in.name(), msg);
        } finally {
            progress.done(in.source() == null ? 0 : in.source().text().length());
        }
    }
}
