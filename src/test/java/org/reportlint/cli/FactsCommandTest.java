package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FactsCommandTest {
    private static final String REPORT = "2024年甲市政府工作报告\n各位代表：\n一、回顾\n（一）经济稳中向好，增长5%。就业稳定。\n";

    @Test
    void textDumpShowsTypePositionTextAndProperties() {
        Cli r = Cli.runWithStdin(REPORT, "facts", "-", "--type", "Heading");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Heading 3:1-3:5 “一、回顾” "), r.out());
        assertTrue(r.out().contains("Heading 4:1-4:15 “（一）经济稳中向好，增长5%” "), r.out());
        assertTrue(r.out().contains(" ordinal=1 "), r.out());
        assertTrue(r.out().contains(" parent=Heading@3:1 "), r.out());
        assertTrue(r.out().contains(" style=“cn-paren”"), r.out());
    }

    @Test
    void jsonDumpHasPositionsAndTypedProperties() throws Exception {
        Cli r = Cli.runWithStdin(REPORT, "facts", "-", "--format", "json", "-t", "Report,Clause");
        assertEquals(0, r.code(), r.err());
        JsonNode facts = new ObjectMapper().readTree(r.out()).get("facts");
        JsonNode report = facts.get(0);
        assertEquals("Report", report.get("type").asText());
        assertEquals("甲市", report.get("properties").get("city").asText());
        assertEquals(2024, report.get("properties").get("year").asInt());
        assertEquals(1, report.get("properties").get("titleSpan").get("line").asInt());
        JsonNode clause = facts.get(facts.size() - 1);
        assertEquals("Clause", clause.get("type").asText());
        assertEquals("就业稳定", clause.get("text").asText());
        assertEquals(4, clause.get("line").asInt());
        assertEquals(16, clause.get("column").asInt());
        assertEquals(20, clause.get("endColumn").asInt());
        assertTrue(clause.get("properties").get("sentence").asText().startsWith("Sentence@4:"));
    }

    @Test
    void enumPropertiesShowTheirValueNotTheirType() {
        Cli r = Cli.runWithStdin("全市地区生产总值增长5.5%。\n", "facts", "-", "--type", "Quantity");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" kind=PERCENT") || r.out().matches("(?s).* kind=[A-Z_]+ .*"), r.out());
    }

    @Test
    void unreadableFileIsTroubleWithoutStackTrace() {
        Cli r = Cli.run("facts", "no/such/file.txt");
        assertEquals(Main.TROUBLE, r.code());
        assertTrue(r.err().startsWith("reportlint: "), r.err());
    }
}
