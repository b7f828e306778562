package org.reportlint.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Plain-text reports: UTF-8 with or without BOM, UTF-16 with BOM, otherwise GB18030 (a superset of GBK
 * and GB2312). Binary data and bytes that decode in none of these are rejected.
 */
public final class PlainTextAdapter implements SourceAdapter {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 8192;

    @Override
    public boolean accepts(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
    }

    @Override
    public SourceText decode(String name, byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new SourceText(name, strict(name, bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new SourceText(name, strict(name, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new SourceText(name, strict(name, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (looksBinary(bytes)) {
            throw new InputException(name + ": binary file, not a text report");
        }
        try {
            return new SourceText(name, decodeStrict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new SourceText(name, decodeStrict(bytes, 0, GB18030), "GB18030");
            } catch (CharacterCodingException e) {
                throw new InputException(name + ": not decodable as UTF-8, UTF-16 (with BOM) or GB18030");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or a high share of C0 control bytes mean binary; text reports have neither. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return n > 0 && controls * 20 > n;
    }

    private static String strict(String name, byte[] bytes, int skip, Charset cs) throws InputException {
        try {
            return decodeStrict(bytes, skip, cs);
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": invalid " + cs.name() + " data after its byte-order mark");
        }
    }

    private static String decodeStrict(byte[] bytes, int skip, Charset cs) throws CharacterCodingException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }
}
