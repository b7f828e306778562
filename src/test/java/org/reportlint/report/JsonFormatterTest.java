package org.reportlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class JsonFormatterTest {
    @Test
    void outputIsValidAgainstTheShippedSchema() throws IOException {
        Schemas.assertValidReportlintJson(JsonFormatter.toJson(Runs.of("a.txt", "持续优化优化营商环境。\n")));
        Schemas.assertValidReportlintJson(JsonFormatter.toJson(Runs.hostile()));
    }

    @Test
    void theSchemaCheckCanFail() throws IOException {
        String bad = JsonFormatter.toJson(Runs.hostile()).replace("\"severity\" : \"info\"", "\"severity\" : \"hint\"");
        assertThrows(AssertionFailedError.class, () -> Schemas.assertValidReportlintJson(bad));
    }

    @Test
    void summaryCountsBySeverityAndCategory() throws IOException {
        var summary = new ObjectMapper().readTree(JsonFormatter.toJson(Runs.hostile())).get("summary");
        assertEquals(2, summary.get("bySeverity").get("error").asInt(), "the hand-made one and markup.residue on &amp;");
        assertEquals(1, summary.get("byCategory").get("punct").asInt());
        assertEquals(1, summary.get("unreadable").asInt());
    }
}
