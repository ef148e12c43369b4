package org.schoolscope.returns.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.correspondence.CorrespondenceProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays the chase letters out as PDF with openhtmltopdf, as the correspondence module lays out its letters: a TrueType
 * font embedded and the PDF tagged for PDF/UA when one is found, the built-in fonts otherwise. The correspondence
 * module's renderer is internal to it; when it publishes one, this class gives way to it.
 */
@Component
class LetterPdf {

    static final String FONT_FAMILY = "Letter Sans";

    private static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

    private final ITemplateEngine templates;
    private final File font;

    LetterPdf(ITemplateEngine templates, CorrespondenceProperties letters) {
        this.templates = templates;
        this.font = letters.fontFile().isBlank()
                ? FONT_CANDIDATES.stream().map(File::new).filter(File::isFile).findFirst().orElse(null)
                : new File(letters.fontFile());
    }

    String html(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        context.setVariable("fontFamily", font == null ? "sans-serif" : FONT_FAMILY);
        return templates.process(template, context);
    }

    byte[] pdf(String template, Map<String, Object> variables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (font != null && font.isFile()) {
                builder.useFont(font, FONT_FAMILY);
                builder.usePdfUaAccessbility(true);
            }
            builder.withHtmlContent(html(template, variables), "classpath:/");
            builder.toStream(bytes);
            builder.run();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }
}
