package org.reportlint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.engine.Config;
import org.reportlint.engine.ConfigException;
import org.reportlint.engine.ConfigLoader;
import org.reportlint.engine.ConfiguredPolicy;
import org.reportlint.engine.RuleCatalog;
import picocli.CommandLine.Option;

/** The options that choose and override the configuration; precedence command line > file > rule metadata. */
final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration file (default: "
            + "reportlint.json, reportlint.yaml or reportlint.yml in the working directory or the nearest above).")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file.")
    boolean noConfig;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", description = "Set a rule to off, on, error, warning "
            + "or info; repeatable; beats the configuration file.")
    Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--category", paramLabel = "CAT=LEVEL", description = "Set every rule of a category to off, "
            + "on, error, warning or info; repeatable; a rule's own --rule beats it.")
    Map<String, String> categories = new LinkedHashMap<>();

    /** The configuration file in force, or {@link Config#empty} when there is none. */
    Config file(Environment env) throws ConfigException {
        if (noConfig) {
            return Config.empty(env.cwd());
        }
        Path p = config != null ? env.cwd().resolve(config) : ConfigLoader.find(env.cwd());
        if (config != null && !java.nio.file.Files.isRegularFile(p)) {
            throw new ConfigException(config + ": configuration file not found");
        }
        if (p == null) {
            return Config.empty(env.cwd());
        }
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = env.cwd().toAbsolutePath().normalize();
        return ConfigLoader.load(abs, abs.startsWith(cwd) ? cwd.relativize(abs) : abs);
    }

    /** The policy for the loaded rules; unknown rule ids in the file or on the command line are errors. */
    ConfiguredPolicy policy(Config file, Environment env, RuleCatalog catalog) throws ConfigException {
        Config.Settings cli = ConfigLoader.commandLine(rules, categories);
        var ids = catalog.rules().stream().map(r -> r.id()).toList();
        Config.checkRuleIds(file, ids);
        try {
            Config.checkRuleIds(new Config(null, env.cwd(), null, cli, List.of(), List.of()), ids);
        } catch (ConfigException e) {
            throw new ConfigException(e.problems().stream().map(x -> x.replace("command line: rules.", "--rule "))
                    .toList());
        }
        return new ConfiguredPolicy(file, cli, env.cwd());
    }
}
