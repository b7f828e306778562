package org.reportlint.input;

import java.util.Arrays;

/**
 * The decoded text of one input, exactly as it was (BOM removed, line endings kept), with the map from
 * UTF-16 offsets to 1-based line and code-point column positions in the original file.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private final String encoding;
    private final int[] lineStarts;
    /** Offsets of the low surrogates, ascending: columns count code points without walking each line. */
    private final int[] lowSurrogates;

    public SourceText(String name, String text, String encoding) {
        this.name = name;
        this.text = text;
        this.encoding = encoding;
        this.lineStarts = computeLineStarts(text);
        this.lowSurrogates = lowSurrogates(text);
    }

    public static SourceText of(String name, String text) {
        return new SourceText(name, text, "UTF-8");
    }

    private static int[] lowSurrogates(String text) {
        int[] at = new int[0];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                at = n == at.length ? Arrays.copyOf(at, Math.max(8, n * 2)) : at;
                at[n++] = i;
            }
        }
        return Arrays.copyOf(at, n);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The charset the bytes were decoded with, e.g. {@code UTF-8}, {@code GB18030}, {@code UTF-16LE}. */
    public String encoding() {
        return encoding;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Number of Unicode code points in the whole text. */
    public int codePointLength() {
        return text.codePointCount(0, text.length());
    }

    /** UTF-16 offset where 1-based line {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** UTF-16 offset of the end of 1-based line {@code line}, before its line terminator. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of 1-based line {@code line} without its terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** 1-based line holding UTF-16 offset {@code offset}. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based code-point column of UTF-16 offset {@code offset} on its line. */
    public int columnOf(int offset) {
        int start = lineStart(lineOf(offset));
        return offset - start - (surrogatesBefore(offset) - surrogatesBefore(start)) + 1;
    }

    /** How many surrogate pairs end before {@code offset} (their low half lies before it). */
    private int surrogatesBefore(int offset) {
        int i = Arrays.binarySearch(lowSurrogates, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The UTF-16 offset of a 1-based line and code-point column (the inverse of lineOf/columnOf). */
    public int offsetOf(int line, int column) {
        return text.offsetByCodePoints(lineStart(line), column - 1);
    }
}
