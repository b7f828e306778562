package org.reportlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SarifFormatterTest {
    private static String sarif(LintRun run) throws IOException {
        StringBuilder b = new StringBuilder();
        new SarifFormatter(Map.of("dup_phrase.adjacent-repeat", "Catches: a doubled word"), Path.of("/work/x"))
                .write(run, b);
        return b.toString();
    }

    @Test
    void outputIsValidAgainstTheOfficialSarifSchema() throws IOException {
        Schemas.assertValidSarif(sarif(Runs.of("报告/草稿 1.txt", "𠮷持续优化优化营商环境。\n")));
        Schemas.assertValidSarif(sarif(Runs.hostile()));
    }

    @Test
    void theSchemaCheckCanFail() throws IOException {
        String bad = sarif(Runs.of("a.txt", "持续优化优化营商环境。\n")).replace("\"level\" : \"warning\"", "\"level\" : \"info\"");
        assertThrows(AssertionFailedError.class, () -> Schemas.assertValidSarif(bad));
    }

    @Test
    void regionsCountCodePointsAndSaySo() throws IOException {
        JsonNode run = new ObjectMapper().readTree(sarif(Runs.of("a.txt", "𠮷持续优化优化营商环境。\n"))).get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        JsonNode result = run.get("results").get(0);
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(1, region.get("startLine").asInt());
        assertEquals(6, region.get("startColumn").asInt(), "𠮷 is one code point");
        assertEquals(8, region.get("endColumn").asInt());
        assertEquals("优化", region.get("snippet").get("text").asText());
        assertEquals("warning", result.get("level").asText());
        assertTrue(result.get("partialFingerprints").get(Fingerprint.KEY).asText().matches("[0-9a-f]{32}"));
    }

    @Test
    void suggestionBecomesAFixAndDeletionHasNoInsertedContent() throws IOException {
        JsonNode result = new ObjectMapper().readTree(sarif(Runs.of("a.txt", "持续优化优化营商环境。\n")))
                .get("runs").get(0).get("results").get(0);
        JsonNode replacement = result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
        assertEquals(5, replacement.get("deletedRegion").get("startColumn").asInt());
        assertFalse(replacement.has("insertedContent"), "\"\" means delete");
        JsonNode hostile = new ObjectMapper().readTree(sarif(Runs.hostile())).get("runs").get(0);
        boolean inserted = false;
        for (JsonNode r : hostile.get("results")) {
            inserted |= r.path("fixes").path(0).path("artifactChanges").path(0).path("replacements").path(0)
                    .path("insertedContent").path("text").asText().equals("，");
        }
        assertTrue(inserted, "a replacement text is inserted content");
    }

    @Test
    void rulesCarryTheirMetadataAndResultsPointAtThem() throws IOException {
        JsonNode run = new ObjectMapper().readTree(sarif(Runs.of("a.txt", "持续优化优化营商环境。\n"))).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode result = run.get("results").get(0);
        JsonNode rule = rules.get(result.get("ruleIndex").asInt());
        assertEquals("dup_phrase.adjacent-repeat", rule.get("id").asText());
        assertEquals("DupPhraseAdjacentRepeat", rule.get("name").asText());
        assertEquals("Catches: a doubled word", rule.get("fullDescription").get("text").asText());
        assertEquals("warning", rule.get("defaultConfiguration").get("level").asText());
        assertTrue(rule.get("help").get("text").asText().contains("reportlint explain dup_phrase.adjacent-repeat"));
        assertEquals("dup_phrase", rule.get("properties").get("category").asText());
    }

    @Test
    void namesBecomeUrisAndUnreadableFilesNotifications() throws IOException {
        JsonNode run = new ObjectMapper().readTree(sarif(Runs.hostile())).get("runs").get(0);
        JsonNode loc = run.get("artifacts").get(0).get("location");
        assertEquals("a%3Cb%3E&%22c%22.txt", loc.get("uri").asText());
        assertEquals("SRCROOT", loc.get("uriBaseId").asText());
        assertEquals("file:///work/x/", run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText());
        JsonNode invocation = run.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals("missing<&>.txt: no such file",
                invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText());
        assertEquals("note", SarifFormatter.level("info"));
    }
}
