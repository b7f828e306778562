package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same bytes out under LANG=C as under a UTF-8 locale, in a separate JVM started without -Dfile.encoding. */
class LocaleTest {
    @TempDir
    Path tmp;

    private byte[] run(String lang, Path report) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dreportlint.home=" + Path.of("").toAbsolutePath(), Main.class.getName(), "check", "--format", "json",
                report.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LANG", lang);
        pb.environment().put("LC_ALL", lang);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void outputIsIdenticalUnderCAndUtf8Locales() throws Exception {
        // ASCII name: under LANG=C the JVM cannot encode other file names (sun.jnu.encoding)
        Path report = tmp.resolve("report.txt");
        Files.writeString(report, "𠮷持续优化优化营商环境。\n", StandardCharsets.UTF_8);
        byte[] c = run("C", report);
        byte[] utf8 = run("C.UTF-8", report);
        String text = new String(c, StandardCharsets.UTF_8).replaceAll("\"millis\" : \\d+", "");
        assertTrue(text.contains("“优化”紧邻重复"), text);
        assertTrue(text.contains("\"column\" : 6"), "𠮷 counts as one column: " + text);
        assertArrayEquals(new String(utf8, StandardCharsets.UTF_8).replaceAll("\"millis\" : \\d+", "")
                .getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }
}
