package org.schoolscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file's bytes come from. It is opened once for each pass over the file (a first pass finds its hash and
 * encoding, a second reads its rows), so nothing needs the whole file in memory.
 */
public interface ImportSource {

    /** The file's name, as every message about it names it. */
    String name();

    InputStream open() throws IOException;

    /** The file on disk, when there is one: a workbook is read from its file without being loaded whole. */
    default Optional<Path> path() {
        return Optional.empty();
    }

    /** The size in bytes, for progress; -1 when unknown. */
    default long size() {
        return -1;
    }

    static ImportSource of(Path path) {
        return new ImportSource() {
            @Override
            public String name() {
                return path.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public Optional<Path> path() {
                return Optional.of(path);
            }

            @Override
            public long size() {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }

    /** Bytes already in memory: tests, and the small files packed in the jar. */
    static ImportSource of(String name, byte[] bytes) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }
}
