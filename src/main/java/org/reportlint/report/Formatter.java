package org.reportlint.report;

import java.io.IOException;

/** Writes a {@link LintRun} in one output format. */
public interface Formatter {
    void write(LintRun run, Appendable out) throws IOException;
}
