package org.reportlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheet and script inlined into every HTML report (kept as resources so they read as CSS and JS). */
final class HtmlAssets {
    static final String CSS = load("report.css");
    static final String JS = load("report.js");

    private HtmlAssets() {
    }

    private static String load(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
