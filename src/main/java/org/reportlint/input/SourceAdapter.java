package org.reportlint.input;

/**
 * Turns the bytes of one input format into a {@link SourceText}. Plain text now; other formats
 * (.docx, HTML) add an adapter without touching the parser or the rules.
 */
public interface SourceAdapter {
    /** Whether this adapter reads files with this name. */
    boolean accepts(String fileName);

    SourceText decode(String name, byte[] bytes) throws InputException;
}
