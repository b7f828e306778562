package org.reportlint.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/**
 * One {@code --format} value: {@code NAME} (written to {@code --output} or standard output) or {@code NAME:FILE}
 * (written to FILE), as pylint's {@code --output-format=json:out.json}; several may be given.
 *
 * @param file null for "wherever {@code --output} says"
 */
record OutputSpec(Format format, Path file) {
    /** The output formats. */
    enum Format { text, json, sarif, junit, html, github }

    /** Parses {@code NAME} or {@code NAME:FILE}; an unknown name is a usage error (exit 2). */
    static final class Converter implements CommandLine.ITypeConverter<OutputSpec> {
        @Override
        public OutputSpec convert(String value) {
            int colon = value.indexOf(':');
            String name = colon < 0 ? value : value.substring(0, colon);
            Format f = Arrays.stream(Format.values()).filter(v -> v.name().equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new CommandLine.TypeConversionException("unknown format '" + name
                            + "' (expected " + Arrays.toString(Format.values()).replaceAll("[\\[\\]]", "")
                            + ", optionally :FILE)"));
            if (colon >= 0 && colon == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value + "': missing file name after ':'");
            }
            return new OutputSpec(f, colon < 0 ? null : Path.of(value.substring(colon + 1)));
        }
    }
}
