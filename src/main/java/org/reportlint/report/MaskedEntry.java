package org.reportlint.report;

import java.util.List;

/**
 * One distinct masked token of a report (X中央, ZZ, XXXX …) in the masked-token catalogue: how often it
 * occurs, where, and what it most likely stood for.
 *
 * @param positions "line:column" of each occurrence
 */
public record MaskedEntry(String token, String original, int count, List<String> positions) {
}
