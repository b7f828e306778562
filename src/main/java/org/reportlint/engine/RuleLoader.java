package org.reportlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.io.ByteArrayResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles every {@code *.drl} under a rules directory (read as UTF-8) into one {@link KieBase}. Compiled
 * packages are cached by content hash (see {@link RuleCache}): compiling is most of a cold start.
 */
public final class RuleLoader {
    private RuleLoader() {
    }

    /** The DRL files under {@code rulesDir}, in a stable order. */
    public static List<Path> drlFiles(Path rulesDir) throws IOException {
        try (Stream<Path> s = Files.walk(rulesDir)) {
            return s.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /**
     * @param displayRoot the directory names in problems are given relative to (the rules directory's parent,
     *                    so that a problem reads {@code rules/x.drl:12: …})
     */
    public static KieBase compile(Path rulesDir, Path displayRoot) throws RuleCompileException {
        return compile(rulesDir, displayRoot, RuleCache.fromEnvironment());
    }

    public static KieBase compile(Path rulesDir, Path displayRoot, RuleCache cache) throws RuleCompileException {
        Map<String, byte[]> sources = read(rulesDir, displayRoot);
        Collection<KiePackage> packages = cache.load(sources);
        if (packages == null) {
            packages = build(sources);
            cache.store(sources, packages);
        }
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(packages);
        return kbase;
    }

    /** Display path → DRL bytes, in a stable order. */
    private static Map<String, byte[]> read(Path rulesDir, Path displayRoot) throws RuleCompileException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleCompileException(List.of(rulesDir + ": rules directory not found"));
        }
        Map<String, byte[]> sources = new LinkedHashMap<>();
        try {
            for (Path f : drlFiles(rulesDir)) {
                sources.put(display(displayRoot, f), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new RuleCompileException(List.of(rulesDir + ": cannot read rules (" + e.getMessage() + ")"));
        }
        return sources;
    }

    private static Collection<KiePackage> build(Map<String, byte[]> sources) throws RuleCompileException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        sources.forEach((display, bytes) -> {
            // An explicit encoding: without it Drools decodes with the locale's charset (ASCII under LANG=C).
            Resource r = new ByteArrayResource(bytes, StandardCharsets.UTF_8.name());
            r.setSourcePath(display);
            r.setResourceType(ResourceType.DRL);
            batch.add(r, ResourceType.DRL);
        });
        try {
            batch.build();
        } catch (RuntimeException e) {
            throw new RuleCompileException(List.of("rules do not compile: " + e.getMessage()));
        }
        if (builder.hasErrors()) {
            throw new RuleCompileException(describe(builder));
        }
        return builder.getKnowledgePackages();
    }

    private static List<String> describe(KnowledgeBuilder builder) {
        List<String> problems = new ArrayList<>();
        for (KnowledgeBuilderError e : builder.getErrors()) {
            String where = e.getResource() != null && e.getResource().getSourcePath() != null
                    ? e.getResource().getSourcePath() : "rules";
            int[] lines = e.getLines();
            String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
            String msg = e.getMessage() == null ? "error" : e.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
            problems.add(where + line + ": " + msg);
        }
        return problems.stream().distinct().toList();
    }

    static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
