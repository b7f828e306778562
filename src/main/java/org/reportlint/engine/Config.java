package org.reportlint.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's configuration ({@code reportlint.json} or {@code reportlint.yaml}), as read by {@link ConfigLoader}:
 * rule and category levels, allowlists, per-path overrides and suppressions. Globs are relative to
 * {@code baseDir}, the configuration file's directory.
 *
 * @param file   the file it came from, or null for an empty configuration or the command line's
 * @param failOn {@code error|warning|info|never}, or null when not set
 */
public record Config(Path file, Path baseDir, String failOn, Settings settings, List<PathOverride> overrides,
                     List<Suppression> suppressions) {

    /** Levels a rule or category can be set to: off, on (its default severity), or a severity. */
    public static final List<String> LEVELS = List.of("off", "on", "error", "warning", "info");

    public static Config empty(Path baseDir) {
        return new Config(null, baseDir, null, Settings.NONE, List.of(), List.of());
    }

    /**
     * Levels and allowlists: one layer of settings.
     *
     * @param rules      rule id → level
     * @param categories category → level
     * @param terms      allowed terms (typo rules leave them alone)
     * @param places     allowed place names
     */
    public record Settings(Map<String, String> rules, Map<String, String> categories, List<String> terms,
                           List<String> places) {
        public static final Settings NONE = new Settings(Map.of(), Map.of(), List.of(), List.of());

        /** These settings with {@code over}'s laid on top (later wins, allowlists add up). */
        public Settings then(Settings over) {
            Map<String, String> r = new LinkedHashMap<>(rules);
            r.putAll(over.rules);
            Map<String, String> c = new LinkedHashMap<>(categories);
            c.putAll(over.categories);
            List<String> t = new ArrayList<>(terms);
            t.addAll(over.terms);
            List<String> p = new ArrayList<>(places);
            p.addAll(over.places);
            return new Settings(r, c, t, p);
        }
    }

    /** Settings for the files matching any of {@code files} (globs). */
    public record PathOverride(List<String> files, Settings settings) {
    }

    /** Findings to drop: of {@code rule}, in files matching {@code files} (all when empty), with this excerpt. */
    public record Suppression(String rule, List<String> files, String excerpt, String reason) {
    }

    /** Whether {@code file} (a path relative to the working directory or absolute) matches one of the globs. */
    boolean matches(List<String> globs, Path cwd, String file) {
        if (globs.isEmpty()) {
            return true;
        }
        String rel = relative(cwd, file);
        for (String g : globs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
            if (m.matches(Path.of(rel))) {
                return true;
            }
        }
        return false;
    }

    private String relative(Path cwd, String file) {
        try {
            Path abs = cwd.resolve(file).toAbsolutePath().normalize();
            Path base = baseDir.toAbsolutePath().normalize();
            return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return file;
        }
    }

    /** The settings for one file: the top level, then each matching override in order. */
    Settings settingsFor(Path cwd, String file) {
        Settings s = settings;
        for (PathOverride o : overrides) {
            if (matches(o.files(), cwd, file)) {
                s = s.then(o.settings());
            }
        }
        return s;
    }

    /** Rule ids the configuration names that the loaded rules do not have: errors, like unknown keys. */
    public static void checkRuleIds(Config c, Collection<String> ids) throws ConfigException {
        String name = c.file() == null ? "command line" : c.file().toString();
        Map<String, String> named = new LinkedHashMap<>(); // where → rule id
        c.settings().rules().keySet().forEach(id -> named.put("rules." + id, id));
        for (int i = 0; i < c.overrides().size(); i++) {
            for (String id : c.overrides().get(i).settings().rules().keySet()) {
                named.put("overrides[" + i + "].rules." + id, id);
            }
        }
        for (int i = 0; i < c.suppressions().size(); i++) {
            named.put("suppress[" + i + "].rule", c.suppressions().get(i).rule());
        }
        List<String> problems = new ArrayList<>();
        named.forEach((where, id) -> {
            if (!ids.contains(id)) {
                problems.add(name + ": " + where + ": unknown rule id '" + id + "'" + ConfigLoader.didYouMean(id, ids)
                        + " (reportlint rules lists them)");
            }
        });
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
