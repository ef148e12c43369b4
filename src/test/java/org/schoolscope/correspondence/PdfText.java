package org.schoolscope.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as PDFBox extracts it, and the same with all white space removed, so line breaks do not matter. */
public final class PdfText {

    private PdfText() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException notAPdf) {
            throw new UncheckedIOException(notAPdf);
        }
    }

    public static String squeezed(byte[] pdf) {
        return squeeze(text(pdf));
    }

    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
