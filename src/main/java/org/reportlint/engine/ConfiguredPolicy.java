package org.reportlint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.report.Finding;
import org.reportlint.report.Severity;

/**
 * The {@link FindingPolicy} of a configuration file and the command line: for each file, the settings of the
 * file's top level and matching overrides, then the command line's; a rule's own level beats its category's
 * within a layer, and the command line beats the file (CLI > file > rule metadata). Allowlisted terms and
 * place names go into each rule session as {@code LexiconEntry(lexicon == "allowlist")} facts.
 */
public final class ConfiguredPolicy implements FindingPolicy {
    public static final String ALLOWLIST = "allowlist";

    private final Config file;
    private final Config.Settings cli;
    private final Path cwd;
    private final Map<String, Config.Settings> perFile = new ConcurrentHashMap<>();

    /**
     * @param file the configuration file's settings ({@link Config#empty} when there is none)
     * @param cli  the command line's {@code --rule}/{@code --category} levels
     * @param cwd  the directory file names are relative to
     */
    public ConfiguredPolicy(Config file, Config.Settings cli, Path cwd) {
        this.file = file;
        this.cli = cli;
        this.cwd = cwd;
    }

    private Config.Settings settings(String name) {
        return perFile.computeIfAbsent(name, n -> file.settingsFor(cwd, n));
    }

    @Override
    public Finding apply(String name, Finding f) {
        String level = level(cli, f);
        if (level == null) {
            level = level(settings(name), f);
        }
        if ("off".equals(level) || suppressed(name, f)) {
            return null;
        }
        return level == null || "on".equals(level) ? f : f.withSeverity(Severity.parse(level));
    }

    private static String level(Config.Settings s, Finding f) {
        String r = s.rules().get(f.rule());
        return r != null ? r : s.categories().get(f.category());
    }

    private boolean suppressed(String name, Finding f) {
        for (Config.Suppression s : file.suppressions()) {
            if (s.rule().equals(f.rule()) && (s.excerpt() == null || s.excerpt().equals(f.excerpt()))
                    && file.matches(s.files(), cwd, name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Object> facts(String name) {
        Config.Settings s = settings(name).then(cli);
        List<Object> out = new ArrayList<>();
        String source = file.file() == null ? "command line" : Objects.toString(file.file());
        s.terms().forEach(t -> out.add(new LexiconEntry(ALLOWLIST, t, "term", source)));
        s.places().forEach(p -> out.add(new LexiconEntry(ALLOWLIST, p, "place", source)));
        return out;
    }

    /** {@code --fail-on} of the file, or null. */
    public String failOn() {
        return file.failOn();
    }
}
