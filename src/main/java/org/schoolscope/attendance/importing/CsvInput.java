package org.schoolscope.attendance.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An attendance file read as a stream of records (CSV in UTF-8, with or without a byte-order mark, plain or gzip),
 * never whole into memory. Line numbers count the header as line 1.
 */
final class CsvInput implements AutoCloseable {

    private final CsvReader<CsvRecord> reader;
    private final java.util.Iterator<CsvRecord> records;

    private CsvInput(InputStream in) {
        this.reader = CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).ofCsvRecord(in, StandardCharsets.UTF_8);
        this.records = reader.iterator();
    }

    static CsvInput open(Path path) {
        try {
            return new CsvInput(stream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the file's bytes as stored, so the same file twice is recognised before it is parsed. */
    static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(path)),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's column names, lower case and trimmed; empty for an empty file. */
    List<String> header() {
        if (!records.hasNext()) {
            return List.of();
        }
        return records.next().getFields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    }

    boolean hasNext() {
        return records.hasNext();
    }

    CsvRecord next() {
        return records.next();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
