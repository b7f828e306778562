package org.reportlint.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages on disk, keyed by a hash of every DRL file's path and bytes and of the program's
 * version: loading them takes a fraction of compiling. Any problem reading or writing the cache means
 * compiling as if there were none; the cache never changes what the rules do.
 * Location: {@code $REPORTLINT_CACHE}, else {@code $XDG_CACHE_HOME/reportlint}, else
 * {@code ~/.cache/reportlint}; {@code REPORTLINT_CACHE=off} disables it.
 */
public final class RuleCache {
    public static final RuleCache OFF = new RuleCache(null);
    private static final int KEEP = 8;

    private final Path dir;

    public RuleCache(Path dir) {
        this.dir = dir;
    }

    public static RuleCache fromEnvironment() {
        String explicit = System.getenv("REPORTLINT_CACHE");
        if ("off".equals(explicit) || codeStamp() == null) {
            return OFF;
        }
        if (explicit != null && !explicit.isBlank()) {
            return new RuleCache(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("reportlint"));
    }

    /** The cached packages for exactly these sources, or null. */
    @SuppressWarnings("unchecked")
    Collection<KiePackage> load(Map<String, byte[]> sources) {
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(key(sources) + ".kpkg");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             ObjectInputStream in = new DroolsObjectInputStream(raw, KieBase.class.getClassLoader())) {
            return (List<KiePackage>) in.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    void store(Map<String, byte[]> sources, Collection<KiePackage> packages) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "write", ".tmp");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp));
                 ObjectOutputStream out = new DroolsObjectOutputStream(raw)) {
                out.writeObject(new ArrayList<>(packages));
            }
            Files.move(tmp, dir.resolve(key(sources) + ".kpkg"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // an unwritable cache only costs time
        }
    }

    /** Keeps the most recent few entries: each rules edit writes a new one. */
    private void prune() throws IOException {
        try (var s = Files.list(dir)) {
            List<Path> entries = s.filter(p -> p.toString().endsWith(".kpkg")).sorted((a, b) -> {
                try {
                    return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
                } catch (IOException e) {
                    return 0;
                }
            }).toList();
            for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    /**
     * Size and time of the jar this class runs from: compiled rules refer to the fact classes, so a rebuilt
     * jar must not load packages compiled against the old one. Null when running from a classes directory
     * (development and tests), where the cache is off.
     */
    static String codeStamp() {
        try {
            Path code = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return null;
            }
            return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return null;
        }
    }

    static String key(Map<String, byte[]> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.valueOf(codeStamp()).getBytes(StandardCharsets.UTF_8));
            sources.forEach((path, bytes) -> {
                md.update(path.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
