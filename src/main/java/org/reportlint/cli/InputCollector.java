package org.reportlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reportlint.input.InputException;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;

/** Expands the command line's paths (files, directories walked for readable files, {@code -}) into inputs. */
final class InputCollector {
    /** One input to lint: its source, or the error that kept it from being read; no path for standard input. */
    record Input(String name, SourceText source, String error, Path path) {
    }

    private final SourceReader reader;
    private final Path cwd;

    /** @param cwd the directory relative paths are resolved against (names stay as given) */
    InputCollector(SourceReader reader, Path cwd) {
        this.reader = reader;
        this.cwd = cwd;
    }

    /** Which files to lint; may ask git, hence the IOException. */
    interface Include {
        Include ALL = p -> true;

        boolean test(Path file) throws IOException;
    }

    List<Input> collect(List<String> paths, String stdinName, InputStream stdin) {
        try {
            return collect(paths, stdinName, stdin, Include.ALL);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the inputs {@code include} accepts (standard input always); unreadable ones carry their error. */
    List<Input> collect(List<String> paths, String stdinName, InputStream stdin, Include include)
            throws IOException {
        List<Input> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                out.add(read(() -> reader.read(stdin, stdinName), stdinName, null));
                continue;
            }
            Path path = cwd.resolve(p);
            if (Files.isDirectory(path)) {
                out.addAll(walk(path, p, include));
            } else if (!Files.exists(path) || include.test(path)) {
                out.add(read(() -> reader.read(path, p), p, path));
            }
        }
        return out;
    }

    private List<Input> walk(Path dir, String shown, Include include) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> reader.accepts(f.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(new Input(shown, null, shown + ": cannot list directory (" + e.getMessage() + ")", dir));
        }
        List<Input> out = new ArrayList<>();
        for (Path f : files) {
            if (include.test(f)) {
                String name = join(shown, dir.relativize(f).toString());
                out.add(read(() -> reader.read(f, name), name, f));
            }
        }
        return out;
    }

    private static String join(String dir, String rel) {
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        return (d.isEmpty() || d.equals(".") ? rel : d + "/" + rel).replace('\\', '/');
    }

    private interface Read {
        SourceText get() throws InputException;
    }

    private static Input read(Read r, String name, Path path) {
        try {
            return new Input(name, r.get(), null, path);
        } catch (InputException e) {
            return new Input(name, null, e.getMessage(), path);
        }
    }
}
