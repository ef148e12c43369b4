package org.schoolscope.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.web.util.HtmlUtils;

/**
 * The text a person could read in a response, whatever its kind, for tests that search it: a PDF's text as PDFBox
 * extracts it, every entry of a zip (a zip of letters, an XLSX workbook's XML with its markup removed), and anything
 * else as UTF-8 with HTML entities decoded. Searching the decoded text means "O'Brien" is found however a page
 * escaped it.
 */
public final class ResponseText {

    private ResponseText() {
    }

    public static String of(String contentType, byte[] body) {
        if (startsWith(body, "%PDF")) {
            return pdf(body);
        }
        if (startsWith(body, "PK")) {
            return zip(body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return contentType != null && contentType.contains("html") || text.contains("&#") || text.contains("&amp;")
                ? HtmlUtils.htmlUnescape(text) : text;
    }

    public static String pdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException notAPdf) {
            throw new UncheckedIOException(notAPdf);
        }
    }

    /**
     * Each entry's text, a PDF read as a PDF and an XML part of a workbook with its markup removed. Read through the
     * zip's central directory (a file), since a workbook writer may leave sizes out of the entries' own headers.
     */
    public static String zip(byte[] zip) {
        StringBuilder text = new StringBuilder();
        try {
            Path file = Files.createTempFile("response", ".zip");
            try {
                Files.write(file, zip);
                try (ZipFile entries = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(entries.entries())) {
                        byte[] content;
                        try (InputStream in = entries.getInputStream(entry)) {
                            content = in.readAllBytes();
                        }
                        text.append("\n[").append(entry.getName()).append("]\n");
                        if (startsWith(content, "%PDF")) {
                            text.append(pdf(content));
                        } else if (entry.getName().endsWith(".xml")) {
                            text.append(HtmlUtils.htmlUnescape(new String(content, StandardCharsets.UTF_8)
                                    .replaceAll("<[^>]+>", " ")));
                        } else {
                            text.append(new String(content, StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException notAZip) {
            throw new UncheckedIOException(notAZip);
        }
        return text.toString();
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.US_ASCII);
        if (body.length < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if (body[index] != prefix[index]) {
                return false;
            }
        }
        return true;
    }
}
