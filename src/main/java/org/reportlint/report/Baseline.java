package org.reportlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings already accepted, for a CI gate on corpus edits: a JSON file of {@link Fingerprint}s per file (file
 * names relative to the baseline's directory). A finding is baselined while its file still has an unused entry
 * with its fingerprint, so edits elsewhere in the file, which move its line, keep it baselined; only new
 * findings remain. {@code line}, {@code excerpt} and {@code message} in the file are for people reading it.
 */
public final class Baseline {
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Map<String, Integer> counts;

    private Baseline(Path dir, Map<String, Integer> counts) {
        this.dir = dir;
        this.counts = counts;
    }

    /** Reads a baseline; a missing or malformed file is an {@link IOException} with a one-line message. */
    public static Baseline read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": baseline not found (create it with --update-baseline)");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a reportlint baseline: " + e.getOriginalMessage());
        }
        if (root == null || root.path("version").asInt() != VERSION || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a reportlint baseline of version " + VERSION);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode n : root.get("findings")) {
            counts.merge(key(n.path("file").asText(), n.path("fingerprint").asText()), 1, Integer::sum);
        }
        return new Baseline(dir(file), counts);
    }

    /** Writes every finding of {@code run} as the new baseline. */
    public static void write(Path file, LintRun run, Path cwd) throws IOException {
        Path dir = dir(file);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("tool", "reportlint " + run.version());
        ArrayNode all = root.putArray("findings");
        for (FileReport f : run.files()) {
            for (Finding x : f.findings()) {
                ObjectNode n = all.addObject();
                n.put("file", relative(dir, cwd, f.file()));
                n.put("rule", x.rule());
                n.put("fingerprint", Fingerprint.of(x, f.sourceLines()));
                n.put("line", x.line());
                n.put("excerpt", x.excerpt());
                n.put("message", x.message());
            }
        }
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** {@code run} without its baselined findings, and how many were left out. */
    public LintRun apply(LintRun run, Path cwd) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<FileReport> files = new ArrayList<>();
        int baselined = 0;
        for (FileReport f : run.files()) {
            String name = relative(dir, cwd, f.file());
            List<Finding> kept = new ArrayList<>();
            for (Finding x : f.findings()) {
                String k = key(name, Fingerprint.of(x, f.sourceLines()));
                if (left.getOrDefault(k, 0) > 0) {
                    left.merge(k, -1, Integer::sum);
                    baselined++;
                } else {
                    kept.add(x);
                }
            }
            files.add(new FileReport(f.file(), f.encoding(), f.characters(), kept, f.catalogue(), f.sourceLines(),
                    f.error()));
        }
        return new LintRun(run.version(), files, run.rules(), run.millis(), run.baselined() + baselined);
    }

    private static Path dir(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    private static String key(String file, String fingerprint) {
        return file + "\u0000" + fingerprint;
    }

    /** The report's name relative to the baseline's directory, so the baseline works from any directory. */
    static String relative(Path dir, Path cwd, String file) {
        try {
            Path abs = cwd.resolve(file).toAbsolutePath().normalize();
            return (dir != null && abs.getRoot().equals(dir.getRoot()) ? dir.relativize(abs) : abs).toString()
                    .replace('\\', '/');
        } catch (RuntimeException e) {
            return file;
        }
    }
}
