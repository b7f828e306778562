package org.reportlint.engine;

import java.util.List;

/** A configuration that cannot be used; each problem names the file and the key ({@code reportlint.yaml: rules.x: …}). */
public class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
