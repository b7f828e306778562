package org.reportlint.engine;

import java.util.List;

/** Rules that do not compile; each problem reads {@code rules/x.drl:LINE: message}. */
public class RuleCompileException extends Exception {
    private final List<String> problems;

    public RuleCompileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
