package org.reportlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextAdapterTest {
    private static final String TEXT = "各位代表：\n现在，我代表市人民政府向大会报告工作。";
    private final PlainTextAdapter adapter = new PlainTextAdapter();

    @Test
    void decodesUtf8WithAndWithoutBom() throws InputException {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(TEXT, adapter.decode("a.txt", plain).text());
        SourceText withBom = adapter.decode("a.txt", bom);
        assertEquals(TEXT, withBom.text(), "the BOM is not part of the text, so columns do not shift");
        assertEquals("UTF-8 (BOM)", withBom.encoding());
    }

    @Test
    void detectsGb18030() throws InputException {
        SourceText s = adapter.decode("a.txt", TEXT.getBytes(Charset.forName("GB18030")));
        assertEquals(TEXT, s.text());
        assertEquals("GB18030", s.encoding());
    }

    @Test
    void decodesUtf16WithBom() throws InputException {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(TEXT, adapter.decode("a.txt", le).text());
        assertEquals(TEXT, adapter.decode("a.txt", be).text());
        assertEquals("UTF-16LE", adapter.decode("a.txt", le).encoding());
    }

    @Test
    void rejectsBinary() {
        InputException e = assertThrows(InputException.class,
                () -> adapter.decode("x.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        assertTrue(e.getMessage().startsWith("x.txt: binary"), e.getMessage());
    }

    @Test
    void rejectsBytesNoCharsetDecodes() {
        // 0x80 alone is invalid in both UTF-8 and GB18030 lead-byte position at end of input
        InputException e = assertThrows(InputException.class,
                () -> adapter.decode("x.txt", new byte[] {'a', (byte) 0xFF, (byte) 0x80}));
        assertTrue(e.getMessage().contains("not decodable"), e.getMessage());
    }
}
