package org.reportlint.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.reportlint.report.Category;

/**
 * Finds and reads {@code reportlint.json} / {@code reportlint.yaml}. Strict, like ESLint's flat config: an unknown
 * key, a wrong type, an unknown level, category or rule id is an error naming the file and the key, never
 * ignored.
 */
public final class ConfigLoader {
    public static final List<String> NAMES = List.of("reportlint.json", "reportlint.yaml", "reportlint.yml");
    static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");
    private static final Set<String> TOP = Set.of("$schema", "failOn", "rules", "categories", "allow", "overrides",
            "suppress");
    private static final Set<String> OVERRIDE = Set.of("files", "rules", "categories", "allow");
    private static final Set<String> ALLOW = Set.of("terms", "places");
    private static final Set<String> SUPPRESS = Set.of("rule", "files", "excerpt", "reason");

    private final String name;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(String name) {
        this.name = name;
    }

    /** The configuration file in {@code start} or the nearest directory above it, or null when there is none. */
    public static Path find(Path start) throws ConfigException {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            List<Path> here = new ArrayList<>();
            for (String n : NAMES) {
                if (Files.isRegularFile(dir.resolve(n))) {
                    here.add(dir.resolve(n));
                }
            }
            if (here.size() > 1) {
                throw new ConfigException(dir + ": several configuration files " + here.stream()
                        .map(p -> p.getFileName().toString()).toList() + "; keep one");
            }
            if (!here.isEmpty()) {
                return here.get(0);
            }
        }
        return null;
    }

    /** Reads a configuration file; YAML when it ends in {@code .yaml}/{@code .yml}, JSON otherwise. */
    public static Config load(Path file) throws ConfigException {
        return load(file, file);
    }

    /** @param shown how {@code file} is named in messages (relative to the working directory, say) */
    public static Config load(Path file, Path shown) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read configuration (" + e.getMessage() + ")");
        }
        String lower = file.toString().toLowerCase(java.util.Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new ConfigException(shown + where + ": not valid " + (mapper.getFactory() instanceof YAMLFactory
                    ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(shown, dir, root == null || root.isMissingNode() ? mapper.createObjectNode() : root);
    }

    /** The command line's {@code --rule ID=LEVEL} and {@code --category CAT=LEVEL}, checked like a file's. */
    public static Config.Settings commandLine(Map<String, String> rules, Map<String, String> categories)
            throws ConfigException {
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = m.createObjectNode();
        root.set("rules", m.valueToTree(rules));
        root.set("categories", m.valueToTree(categories));
        ConfigLoader l = new ConfigLoader("command line");
        Config.Settings s = l.settings(root, "");
        if (!l.problems.isEmpty()) {
            throw new ConfigException(l.problems.stream().map(p -> p.replace("command line: rules.", "--rule ")
                    .replace("command line: categories.", "--category ")).toList());
        }
        return s;
    }

    static Config parse(Path shown, Path baseDir, JsonNode root) throws ConfigException {
        ConfigLoader l = new ConfigLoader(shown.toString());
        Config c = l.config(shown, baseDir, root);
        if (!l.problems.isEmpty()) {
            throw new ConfigException(l.problems);
        }
        return c;
    }

    private Config config(Path file, Path baseDir, JsonNode root) {
        if (!root.isObject()) {
            problem("", "expected a mapping of settings");
            return null;
        }
        keys(root, TOP, "");
        String failOn = null;
        if (root.has("failOn")) {
            failOn = oneOf(root.get("failOn"), FAIL_ON, "failOn");
        }
        Config.Settings s = settings(root, "");
        List<Config.PathOverride> overrides = new ArrayList<>();
        JsonNode o = root.path("overrides");
        if (!o.isMissingNode() && !o.isArray()) {
            problem("overrides", "expected a list");
        }
        for (int i = 0; i < o.size() && o.isArray(); i++) {
            String at = "overrides[" + i + "]";
            if (!o.get(i).isObject()) {
                problem(at, "expected a mapping with files and settings");
                continue;
            }
            keys(o.get(i), OVERRIDE, at + ".");
            List<String> files = strings(o.get(i).path("files"), at + ".files", true);
            if (files.isEmpty() && !o.get(i).path("files").isMissingNode()) {
                problem(at + ".files", "expected at least one glob");
            } else if (files.isEmpty()) {
                problem(at + ".files", "missing: which files the override is for (globs)");
            }
            overrides.add(new Config.PathOverride(files, settings(o.get(i), at + ".")));
        }
        return new Config(file, baseDir, failOn, s, overrides, suppressions(root.path("suppress")));
    }

    private Config.Settings settings(JsonNode node, String at) {
        Map<String, String> rules = levels(node.path("rules"), at + "rules");
        Map<String, String> cats = levels(node.path("categories"), at + "categories");
        for (String c : cats.keySet()) {
            if (!Category.labels().contains(c)) {
                problem(at + "categories." + c, "unknown category" + didYouMean(c, Category.labels())
                        + " (categories: " + String.join(", ", Category.labels()) + ")");
            }
        }
        JsonNode allow = node.path("allow");
        if (!allow.isMissingNode() && !allow.isObject()) {
            problem(at + "allow", "expected a mapping with terms and places");
        }
        keys(allow, ALLOW, at + "allow.");
        return new Config.Settings(rules, cats, strings(allow.path("terms"), at + "allow.terms", false),
                strings(allow.path("places"), at + "allow.places", false));
    }

    private Map<String, String> levels(JsonNode node, String at) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            problem(at, "expected a mapping of names to levels (" + String.join(", ", Config.LEVELS) + ")");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String level = oneOf(e.getValue(), Config.LEVELS, at + "." + e.getKey());
            if (level != null) {
                out.put(e.getKey(), level);
            }
        });
        return out;
    }

    private List<Config.Suppression> suppressions(JsonNode node) {
        List<Config.Suppression> out = new ArrayList<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isArray()) {
            problem("suppress", "expected a list");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "suppress[" + i + "]";
            JsonNode s = node.get(i);
            if (!s.isObject() || !s.path("rule").isTextual()) {
                problem(at, "expected a mapping with at least a rule id (rule, files, excerpt, reason)");
                continue;
            }
            keys(s, SUPPRESS, at + ".");
            String excerpt = s.has("excerpt") ? text(s.get("excerpt"), at + ".excerpt") : null;
            String reason = s.has("reason") ? text(s.get("reason"), at + ".reason") : null;
            out.add(new Config.Suppression(s.get("rule").asText(), strings(s.path("files"), at + ".files", true),
                    excerpt, reason));
        }
        return out;
    }

    /** A string or a list of non-empty strings ({@code single} allows a lone string). */
    private List<String> strings(JsonNode node, String at, boolean single) {
        List<String> out = new ArrayList<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (single && node.isTextual()) {
            out.add(node.asText());
            return out;
        }
        if (!node.isArray()) {
            problem(at, "expected a list of strings");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String s = text(node.get(i), at + "[" + i + "]");
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            } else if (s != null) {
                problem(at + "[" + i + "]", "empty string");
            }
        }
        return out;
    }

    private String text(JsonNode node, String at) {
        if (!node.isTextual()) {
            problem(at, "expected a string, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        return node.asText();
    }

    private String oneOf(JsonNode node, List<String> allowed, String at) {
        String v = node.isBoolean() ? (node.asBoolean() ? "on" : "off") : text(node, at);
        if (v != null && !allowed.contains(v)) {
            problem(at, "unknown value '" + v + "' (expected " + String.join(", ", allowed) + ")");
            return null;
        }
        return v;
    }

    private void keys(JsonNode node, Set<String> known, String at) {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                problem(at + k, "unknown key" + didYouMean(k, known) + " (known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }

    private void problem(String at, String message) {
        problems.add(name + ": " + (at.isEmpty() ? "" : at + ": ") + message);
    }

    /** {@code " (did you mean X?)"} for the closest known name, or "" when none is close. */
    public static String didYouMean(String s, Collection<String> known) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int x = d.apply(s, k);
            if (x < bestD) {
                bestD = x;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, s.length() / 3) ? " (did you mean " + best + "?)" : "";
    }
}
