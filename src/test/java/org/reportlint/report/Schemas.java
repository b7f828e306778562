package org.reportlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The JSON schemas outputs are validated against: the official SARIF 2.1.0 one and reportlint's own. */
public final class Schemas {
    public static final Path REPORTLINT = Path.of("docs/reportlint.schema.json");
    public static final String SARIF = "/schemas/sarif-2.1.0-rtm.5.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Schemas() {
    }

    public static void assertValidReportlintJson(String json) {
        try (InputStream in = Files.newInputStream(REPORTLINT)) {
            assertValid(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValidSarif(String json) {
        try (InputStream in = Schemas.class.getResourceAsStream(SARIF)) {
            assertValid(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(Schema schema, String json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        List<Error> errors = schema.validate(node);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "schema errors");
    }
}
