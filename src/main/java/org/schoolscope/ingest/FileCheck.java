package org.schoolscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The first pass over a file's bytes, streamed: the SHA-256 of the bytes as given (by which a file already imported
 * is recognised), whether the content is a workbook, and how its text is encoded: a UTF-8 byte-order mark, else
 * UTF-8 if every byte sequence is valid, else Windows-1252 (as GIAS publishes). A gzip file is read through its
 * compression, and refused if it is damaged or cut short.
 *
 * @param encoding how the text was read, for the import report: UTF-8, UTF-8 with BOM, windows-1252 or xlsx
 * @param skip the bytes of a byte-order mark to pass over before the text
 */
record FileCheck(String sha256, boolean compressed, boolean workbook, Charset charset, String encoding, int skip) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static boolean isCompressed(String name) {
        return name.toLowerCase().endsWith(".gz");
    }

    /**
     * A look at the first bytes only, enough to read a header (names are plain ASCII in every published layout), for
     * ordering a folder's files before they are imported; no hash, and the text taken as UTF-8.
     */
    static FileCheck glance(ImportSource source) throws IOException {
        byte[] start;
        try (InputStream raw = source.open();
                InputStream content = isCompressed(source.name()) ? new GZIPInputStream(raw) : raw) {
            start = content.readNBytes(4);
        }
        boolean workbook = start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        boolean bom = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        return new FileCheck(null, isCompressed(source.name()), workbook, StandardCharsets.UTF_8,
                workbook ? "xlsx" : "UTF-8", bom ? 3 : 0);
    }

    static FileCheck of(ImportSource source) {
        String name = source.name();
        boolean compressed = isCompressed(name);
        MessageDigest digest = newDigest();
        try (InputStream raw = new DigestInputStream(source.open(), digest)) {
            InputStream content = compressed ? new GZIPInputStream(raw, 1 << 16) : raw;
            byte[] buffer = new byte[1 << 16];
            byte[] start = new byte[4];
            int startLength = 0;
            Utf8Check utf8 = new Utf8Check();
            boolean first = true;
            boolean workbook = false;
            boolean bom = false;
            int read;
            while ((read = content.read(buffer)) >= 0) {
                int offset = 0;
                if (first && read > 0) {
                    // The first bytes say whether this is a workbook (a zip) or text with a byte-order mark.
                    while (startLength < 4 && offset < read) {
                        start[startLength++] = buffer[offset++];
                    }
                    if (startLength < 4) {
                        continue;
                    }
                    first = false;
                    workbook = start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
                    bom = (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
                    utf8.update(start, bom ? 3 : 0, bom ? 1 : 4);
                }
                if (!workbook) {
                    utf8.update(buffer, offset, read - offset);
                }
            }
            if (first) {
                workbook = false;
                bom = startLength >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                        && (start[2] & 0xFF) == 0xBF;
                utf8.update(start, bom ? 3 : 0, startLength - (bom ? 3 : 0));
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            if (workbook) {
                return new FileCheck(hash, compressed, true, null, "xlsx", 0);
            }
            if (bom) {
                return new FileCheck(hash, compressed, false, StandardCharsets.UTF_8, "UTF-8 with BOM", 3);
            }
            boolean valid = utf8.valid();
            return new FileCheck(hash, compressed, false, valid ? StandardCharsets.UTF_8 : WINDOWS_1252,
                    valid ? "UTF-8" : "windows-1252", 0);
        } catch (IOException e) {
            if (compressed) {
                throw new ImportRejectedException(ImportProblem.ofFile(name, "TRUNCATED",
                        "The compressed file is damaged or cut short: " + e.getMessage()));
            }
            throw new ImportRejectedException(ImportProblem.ofFile(name, "UNREADABLE",
                    "The file cannot be read: " + e.getMessage()));
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a stream of bytes is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
     * U+10FFFF), fed in pieces as they are read, so the file never has to be decoded whole to tell.
     */
    static final class Utf8Check {

        private int expected;
        private int lower = 0x80;
        private int upper = 0xBF;
        private boolean valid = true;

        void update(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length && valid; i++) {
                int b = bytes[i] & 0xFF;
                if (expected == 0) {
                    if (b < 0x80) {
                        continue;
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    if (b >= 0xC2 && b <= 0xDF) {
                        expected = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        expected = 2;
                        lower = b == 0xE0 ? 0xA0 : 0x80;
                        upper = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        expected = 3;
                        lower = b == 0xF0 ? 0x90 : 0x80;
                        upper = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        valid = false;
                    }
                } else {
                    if (b < lower || b > upper) {
                        valid = false;
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    expected--;
                }
            }
        }

        boolean valid() {
            return valid && expected == 0;
        }
    }
}
