package org.reportlint.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's {@code rules/} and {@code reports-under-test/} are: the launcher says, or the jar's place. */
final class Home {
    private Home() {
    }

    static Path dir() {
        String prop = System.getProperty("reportlint.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        try {
            Path jar = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/reportlint.jar or target/classes -> project root
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            if (root != null && Files.isDirectory(root.resolve("rules"))) {
                return root;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through to the working directory
        }
        return Path.of("");
    }

    static Path rules() {
        return dir().resolve("rules");
    }

    /** The rules directory a {@code --rules} option names (relative to {@code cwd}), or the project's. */
    static Path rules(Path option, Path cwd) {
        return option == null ? rules() : cwd.resolve(option);
    }
}
