package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.report.Schemas;

class OutputsTest {
    private static final String DOUBLED = "持续优化优化营商环境。\n";

    @TempDir
    Path tmp;

    private String report() throws IOException {
        Path p = tmp.resolve("a.txt");
        Files.writeString(p, DOUBLED, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void severalFormatsEachWithItsOwnOutput() throws IOException {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("check", "--format", "text", "--format", "sarif:" + out.resolve("r.sarif"),
                "--format", "json:" + out.resolve("r.json"), "--format", "junit:" + out.resolve("r.xml"),
                "--format", "html:" + out.resolve("r.html"), report());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a.txt:1:5: warning"), r.out());
        Schemas.assertValidSarif(Files.readString(out.resolve("r.sarif")));
        Schemas.assertValidReportlintJson(Files.readString(out.resolve("r.json")));
        assertTrue(Files.readString(out.resolve("r.xml")).contains("<failure "));
        assertTrue(Files.readString(out.resolve("r.html")).contains("<mark "));
    }

    @Test
    void outputTakesTheFormatsWithoutAFile() throws IOException {
        Path json = tmp.resolve("r.json");
        Cli r = Cli.run("check", "--format", "json", "--format", "sarif:" + tmp.resolve("r.sarif"), "-o",
                json.toString(), report());
        assertEquals("", r.out());
        Schemas.assertValidReportlintJson(Files.readString(json));
        assertTrue(Files.exists(tmp.resolve("r.sarif")));
    }

    @Test
    void twoFormatsOnStandardOutputIsAUsageError() throws IOException {
        Cli r = Cli.run("check", "--format", "text", "--format", "json", report());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("would both write to standard output"), r.err());
        Cli same = Cli.run("check", "--format", "json:x.json", "--format", "sarif:x.json", report());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("two formats would write to x.json"), same.err());
        assertEquals(2, Cli.run("check", "--format", "sarif:", report()).code());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() throws IOException {
        String f = report();
        Environment tty = new Environment(tmp, Map.of(), true, false);
        assertTrue(Cli.runIn(tty, "", "check", f).out().contains("\u001b[1;33mwarning\u001b[0m"));
        Environment noColor = new Environment(tmp, Map.of("NO_COLOR", "1"), true, false);
        assertFalse(Cli.runIn(noColor, "", "check", f).out().contains("\u001b["));
        assertFalse(Cli.run("check", f).out().contains("\u001b["), "not a terminal");
        assertTrue(Cli.run("check", "--color", "always", f).out().contains("\u001b["));
        assertFalse(Cli.runIn(tty, "", "check", "--color", "never", f).out().contains("\u001b["));
    }
}
