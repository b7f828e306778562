package org.reportlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning tools: one run, the rules' metadata in {@code tool.driver.rules}, one result per
 * finding with its region in Unicode code points ({@code run.columnKind}), its suggestion as a {@code fix} and
 * a {@link Fingerprint} in {@code partialFingerprints}. Unreadable inputs become tool notifications.
 */
public final class SarifFormatter implements Formatter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "SRCROOT";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> fullDescriptions;
    private final Path srcRoot;

    /**
     * @param fullDescriptions rule id → the rule's longer description (its DRL header comment); may lack ids
     * @param srcRoot          the directory relative file names are resolved against (the working directory)
     */
    public SarifFormatter(Map<String, String> fullDescriptions, Path srcRoot) {
        this.fullDescriptions = fullDescriptions;
        this.srcRoot = srcRoot.toAbsolutePath().normalize();
    }

    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        out.append(MAPPER.writeValueAsString(toSarif(run))).append('\n');
    }

    ObjectNode toSarif(LintRun run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode r = root.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = new HashMap<>();
        ObjectNode driver = r.putObject("tool").putObject("driver");
        driver.put("name", "reportlint");
        driver.put("version", run.version());
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescription d : run.rules()) {
            ruleIndex.put(d.id(), rules.size());
            rules.add(rule(d));
        }
        ObjectNode invocation = r.putArray("invocations").addObject();
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        String base = srcRoot.toUri().toString();
        r.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", base.endsWith("/") ? base : base + "/");
        ArrayNode artifacts = r.putArray("artifacts");
        ArrayNode results = r.putArray("results");
        for (FileReport f : run.files()) {
            if (f.failed()) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", f.error());
                n.putArray("locations").addObject().putObject("physicalLocation")
                        .set("artifactLocation", artifactLocation(f.file(), -1));
                continue;
            }
            ObjectNode location = artifactLocation(f.file(), artifacts.size());
            ObjectNode artifact = artifacts.addObject();
            artifact.set("location", artifactLocation(f.file(), -1));
            artifact.put("encoding", f.encoding());
            for (Finding x : f.findings()) {
                results.add(result(x, f, location, ruleIndex));
            }
        }
        invocation.put("executionSuccessful", notes.isEmpty());
        r.put("columnKind", "unicodeCodePoints");
        return root;
    }

    private ObjectNode rule(RuleDescription d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("name", pascal(d.id()));
        n.putObject("shortDescription").put("text", nonEmpty(d.doc(), d.id()));
        n.putObject("fullDescription").put("text", nonEmpty(fullDescriptions.get(d.id()), nonEmpty(d.doc(), d.id())));
        n.putObject("messageStrings").putObject("default").put("text", nonEmpty(d.message(), d.id()));
        n.putObject("help").put("text", nonEmpty(d.doc(), d.id()) + "\nreportlint explain " + d.id());
        n.putObject("defaultConfiguration").put("level", level(d.severity()));
        ObjectNode props = n.putObject("properties");
        props.put("category", d.category());
        props.putArray("tags").add(d.category());
        return n;
    }

    private ObjectNode result(Finding x, FileReport f, ObjectNode location, Map<String, Integer> ruleIndex) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", x.rule());
        Integer idx = ruleIndex.get(x.rule());
        if (idx != null) {
            n.put("ruleIndex", idx);
        }
        n.put("level", level(x.severity()));
        n.putObject("message").put("text", x.message());
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        physical.set("artifactLocation", location.deepCopy());
        ObjectNode region = region(x);
        region.putObject("snippet").put("text", x.excerpt());
        physical.set("region", region);
        n.putObject("partialFingerprints").put(Fingerprint.KEY, Fingerprint.of(x, f.sourceLines()));
        if (x.suggestion() != null) {
            ObjectNode fix = n.putArray("fixes").addObject();
            fix.putObject("description").put("text", x.suggestion().isEmpty() ? "删除“" + x.excerpt() + "”"
                    : "将“" + x.excerpt() + "”改为“" + x.suggestion() + "”");
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.set("artifactLocation", location.deepCopy());
            ObjectNode replacement = change.putArray("replacements").addObject();
            replacement.set("deletedRegion", region(x));
            if (!x.suggestion().isEmpty()) {
                replacement.putObject("insertedContent").put("text", x.suggestion());
            }
        }
        n.putObject("properties").put("category", x.category());
        return n;
    }

    private static ObjectNode region(Finding x) {
        ObjectNode region = MAPPER.createObjectNode();
        region.put("startLine", x.line());
        region.put("startColumn", x.column());
        region.put("endLine", x.endLine());
        region.put("endColumn", x.endColumn());
        return region;
    }

    /** A relative name is given against {@code SRCROOT}; an absolute one as a {@code file:} URI. */
    private ObjectNode artifactLocation(String file, int index) {
        ObjectNode n = MAPPER.createObjectNode();
        Path p = pathOrNull(file);
        if (p != null && p.isAbsolute()) {
            n.put("uri", p.toUri().toString());
        } else {
            n.put("uri", relativeUri(file));
            n.put("uriBaseId", SRCROOT);
        }
        if (index >= 0) {
            n.put("index", index);
        }
        return n;
    }

    private static Path pathOrNull(String file) {
        try {
            return Path.of(file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String relativeUri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.replaceAll("[^A-Za-z0-9._~/-]", "_");
        }
    }

    static String level(String severity) {
        return "info".equals(severity) ? "note" : severity;
    }

    /** {@code dup_phrase.adjacent-repeat} → {@code DupPhraseAdjacentRepeat}. */
    static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
