package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTest {
    @TempDir
    Path tmp;

    @Test
    void parallelOutputEqualsSerialOutput() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(tmp.resolve("r" + i + ".txt"), "第" + i + "段。\n持续优化优化营商环境。\n".repeat(i % 4 + 1)
                    + "𠮷加快建设建设。\n", StandardCharsets.UTF_8);
        }
        Files.write(tmp.resolve("r5.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0});
        String serial = strip(Cli.run("check", "--format", "json", "-j", "1", tmp.toString()).out());
        for (int round = 0; round < 3; round++) {
            Cli r = Cli.run("check", "--format", "json", "-j", "4", tmp.toString());
            assertEquals(2, r.code(), "the binary file");
            assertEquals(serial, strip(r.out()));
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    private static String strip(String json) {
        return json.replaceAll("\"millis\" : \\d+", "");
    }

    @Test
    void progressIsDrawnOnATerminalOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        try (Progress p = new Progress(err, true, 3)) {
            p.done(10);
            p.done(10);
            p.done(10);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("3/3 files"), drawn);
        assertTrue(drawn.endsWith("\r\u001b[K"), "cleared at the end");
        bytes.reset();
        try (Progress p = new Progress(err, false, 3)) {
            p.done(10);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        assertEquals("[=====>                        ] 1/5 files  ETA 8 s", Progress.line(1, 5, 2000));
        assertFalse(Progress.line(5, 5, 2000).contains("ETA"));
    }
}
