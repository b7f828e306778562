package org.reportlint.cli;

import java.io.PrintWriter;

/**
 * A progress bar with an ETA on standard error, drawn only when standard error is a terminal (and cleared at the
 * end), at most ten times a second; silent otherwise, so logs and pipes never see it.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled && total > 1;
        this.total = total;
    }

    static Progress off() {
        return new Progress(null, false, 0);
    }

    /** One more file done ({@code chars} is for a later size-weighted ETA; files count equally for now). */
    synchronized void done(int chars) {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        synchronized (err) {
            err.print("\r" + line(done, total, (now - start) / 1_000_000L) + "\u001b[K");
            err.flush();
        }
    }

    /** E.g. {@code [=========>          ] 12/40 files  ETA 3 s}. */
    static String line(int done, int total, long elapsedMillis) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 && filled < WIDTH ? ">" : filled > 0 ? "=" : "")
                + " ".repeat(WIDTH - filled);
        long eta = done == 0 ? -1 : elapsedMillis * (total - done) / done / 1000;
        return "[" + bar + "] " + done + "/" + total + " files" + (done < total && eta >= 0 ? "  ETA " + eta + " s" : "");
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
