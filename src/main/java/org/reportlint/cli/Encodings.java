package org.reportlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes text back in the encoding it was read with ({@code SourceText#encoding}), byte-order mark included. */
final class Encodings {
    private Encodings() {
    }

    static byte[] encode(String text, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3);
        Charset cs = switch (encoding) {
            case "UTF-8 (BOM)" -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                yield StandardCharsets.UTF_8;
            }
            case "UTF-16LE" -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                yield StandardCharsets.UTF_16LE;
            }
            case "UTF-16BE" -> {
                out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
                yield StandardCharsets.UTF_16BE;
            }
            default -> Charset.forName(encoding);
        };
        out.writeBytes(text.getBytes(cs));
        return out.toByteArray();
    }

    /** Rewrites {@code file} in place (its permissions, owner and links stay as they were). */
    static void write(Path file, String text, String encoding) throws IOException {
        Files.write(file, encode(text, encoding));
    }
}
