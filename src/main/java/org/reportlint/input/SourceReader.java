package org.reportlint.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

/** Reads a file or standard input through the first {@link SourceAdapter} that accepts its name. */
public final class SourceReader {
    private final List<SourceAdapter> adapters;

    public SourceReader() {
        this(List.of(new PlainTextAdapter()));
    }

    public SourceReader(List<SourceAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    /** Whether some adapter reads files with this name (used when walking directories). */
    public boolean accepts(String fileName) {
        return adapters.stream().anyMatch(a -> a.accepts(fileName));
    }

    public SourceText read(Path path, String displayName) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(displayName + ": is a directory");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(displayName + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(displayName + ": permission denied");
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot read (" + e.getMessage() + ")");
        }
        return adapterFor(displayName).decode(displayName, bytes);
    }

    public SourceText read(InputStream in, String displayName) throws InputException {
        try {
            return adapterFor(displayName).decode(displayName, in.readAllBytes());
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot read standard input (" + e.getMessage() + ")");
        }
    }

    /** Named files are read by the adapter for their extension; anything else as plain text. */
    private SourceAdapter adapterFor(String name) {
        return adapters.stream().filter(a -> a.accepts(name)).findFirst().orElse(adapters.get(0));
    }
}
