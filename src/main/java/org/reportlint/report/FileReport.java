package org.reportlint.report;

import java.util.List;

/**
 * The result of linting one input: its findings, or the one-line error that kept it from being linted.
 *
 * @param characters code points in the file
 * @param catalogue masked tokens found in the file, grouped by token
 * @param sourceLines the file's lines as decoded (for excerpts in context and the HTML view), never printed
 *                    by machine formats
 */
public record FileReport(String file, String encoding, int characters, List<Finding> findings,
                         List<MaskedEntry> catalogue, List<String> sourceLines, String error) {

    public static FileReport failed(String file, String error) {
        return new FileReport(file, null, 0, List.of(), List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }

    public int lines() {
        return sourceLines.size();
    }
}
