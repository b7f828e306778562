package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    private static final String DRAFT = "一、总体要求\r\n推动科技创新and产业创新深度融合。\r\n(上接第一版)\r\n"
            + "深化**改革**开放，X中央部署落实到位，持续优化优化营商环境。\r\n";
    private static final String FIXED = "一、总体要求\r\n推动科技创新和产业创新深度融合。\r\n"
            + "深化改革开放，X中央部署落实到位，持续优化优化营商环境。\r\n";

    @TempDir
    Path tmp;

    private Path write(String text, Charset cs, byte... bom) throws IOException {
        Path p = tmp.resolve("draft.txt");
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(p, all);
        return p;
    }

    @Test
    void printsAUnifiedDiffAndLeavesTheFileAlone() throws IOException {
        Path p = write(DRAFT, StandardCharsets.UTF_8);
        Cli r = Cli.run("fix", p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(DRAFT, Files.readString(p, StandardCharsets.UTF_8), "no file is modified without --in-place");
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("-推动科技创新and产业创新深度融合。"), r.out());
        assertTrue(lines.contains("+推动科技创新和产业创新深度融合。"), r.out());
        assertTrue(lines.contains("-(上接第一版)") && lines.contains(" 一、总体要求"), r.out());
        assertTrue(r.err().contains("3 fixes in 1 file shown, nothing written"), r.err());
    }

    @Test
    void inPlaceAppliesErrorFixesKeepingEncodingBomAndLineEndings() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path p = write(DRAFT, StandardCharsets.UTF_8, bom);
        assertEquals(0, Cli.run("fix", "--in-place", p.toString()).code());
        byte[] expected = (new String(bom, StandardCharsets.ISO_8859_1) + new String(
                FIXED.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(expected, Files.readAllBytes(p), "warnings (优化优化) and masked tokens stay as they were");
    }

    @Test
    void gb18030FilesAreWrittenBackInGb18030() throws IOException {
        Charset gb = Charset.forName("GB18030");
        Path p = write(DRAFT, gb);
        Cli.run("fix", "-i", p.toString());
        assertEquals(FIXED, new String(Files.readAllBytes(p), gb));
    }

    @Test
    void severityAndRestoreMaskedWidenWhatIsApplied() {
        Cli r = Cli.runWithStdin(DRAFT, "fix", "--severity", "warning", "--restore-masked", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("党中央部署落实到位，持续优化营商环境。"), r.out());
    }

    @Test
    void aCleanFileIsNotRewritten() throws IOException {
        Path p = write("干部群众常常深入田间地头。\n", StandardCharsets.UTF_8);
        long before = Files.getLastModifiedTime(p).toMillis();
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(before - 60_000));
        Cli r = Cli.run("fix", "-i", p.toString());
        assertEquals(before - 60_000, Files.getLastModifiedTime(p).toMillis());
        assertTrue(r.err().contains("0 fixes in 0 files applied"), r.err());
    }

    @Test
    void missingFileExitsTwoWithoutAStackTrace() {
        Cli r = Cli.run("fix", tmp.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
