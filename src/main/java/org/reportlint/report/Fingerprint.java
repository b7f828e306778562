package org.reportlint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A finding's identity that survives edits elsewhere in its file: the rule, the excerpt and a few characters of
 * context on each side, all with whitespace removed; never the line or column. Used by the baseline and by
 * SARIF {@code partialFingerprints}.
 */
public final class Fingerprint {
    /** Code points of context taken on each side of the span, within its line. */
    static final int CONTEXT = 8;
    /** The SARIF {@code partialFingerprints} key; bump the suffix when the recipe changes. */
    public static final String KEY = "reportlint/v1";

    private Fingerprint() {
    }

    /** A 32-hex-digit fingerprint of {@code f} in the file whose lines are {@code lines}. */
    public static String of(Finding f, List<String> lines) {
        String before = "";
        String after = "";
        if (f.line() >= 1 && f.line() <= lines.size()) {
            int[] cps = lines.get(f.line() - 1).codePoints().toArray();
            int from = Math.min(Math.max(0, f.column() - 1), cps.length);
            before = new String(cps, Math.max(0, from - CONTEXT), from - Math.max(0, from - CONTEXT));
        }
        if (f.endLine() >= 1 && f.endLine() <= lines.size()) {
            int[] cps = lines.get(f.endLine() - 1).codePoints().toArray();
            int to = Math.min(Math.max(0, f.endColumn() - 1), cps.length);
            after = new String(cps, to, Math.min(cps.length, to + CONTEXT) - to);
        }
        return hash(f.rule() + '\u0000' + normalise(f.excerpt()) + '\u0000' + normalise(before) + '\u0000'
                + normalise(after));
    }

    /** Without whitespace (ASCII, full-width space, line breaks), so re-wrapping a line keeps the fingerprint. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
