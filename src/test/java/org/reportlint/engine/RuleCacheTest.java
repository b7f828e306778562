package org.reportlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.reportlint.data.DataSet;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

class RuleCacheTest {
    private static final Path RULES = Path.of("rules");
    private static final String TEXT = "持续优化优化营商环境。";

    @TempDir
    Path cacheDir;

    private List<Finding> lintWith(KieBase kbase) {
        return new Linter(kbase, DataSet.load(RULES.resolve("data")), FindingPolicy.DEFAULT)
                .lint(SourceText.of("a.txt", TEXT)).findings();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.toString().endsWith(".kpkg")).toList();
        }
    }

    @Test
    void cachedPackagesBehaveLikeFreshlyCompiledOnes() throws Exception {
        RuleCache cache = new RuleCache(cacheDir);
        List<Finding> fresh = lintWith(RuleLoader.compile(RULES, Path.of(""), cache));
        assertEquals(1, entries().size(), "the compiled packages were stored");
        List<Finding> cached = lintWith(RuleLoader.compile(RULES, Path.of(""), cache));
        assertEquals(fresh, cached);
        assertTrue(!fresh.isEmpty());
    }

    @Test
    void aCorruptCacheEntryMeansCompilingAgain() throws Exception {
        RuleCache cache = new RuleCache(cacheDir);
        RuleLoader.compile(RULES, Path.of(""), cache);
        Files.write(entries().get(0), new byte[] {1, 2, 3});
        assertEquals(1, lintWith(RuleLoader.compile(RULES, Path.of(""), cache)).size());
    }

    @Test
    void editedRulesGetANewKey() throws Exception {
        assertTrue(!RuleCache.key(java.util.Map.of("rules/a.drl", new byte[] {1}))
                .equals(RuleCache.key(java.util.Map.of("rules/a.drl", new byte[] {2}))));
    }
}
