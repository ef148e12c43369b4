package org.schoolscope.correspondence.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.schoolscope.correspondence.CorrespondenceProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML, under {@code templates/correspondence/pdf}) and lays it out as a
 * PDF with openhtmltopdf. When a TrueType font is found it is embedded and the PDF is tagged for PDF/UA, with the
 * document's title and language taken from its {@code <title>} and {@code lang}; without one, the built-in fonts
 * are used and the PDF is untagged, since PDF/UA needs embedded fonts.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "Letter Sans";

    private static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

    static {
        // openhtmltopdf logs every stage of every document at INFO through java.util.logging; only problems matter.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final File regular;
    private final File bold;

    PdfRenderer(ITemplateEngine templates, CorrespondenceProperties properties) {
        this.templates = templates;
        this.regular = font(properties.fontFile());
        this.bold = regular == null ? null : boldBeside(regular);
    }

    /** The HTML the PDF is laid out from, for tests and for showing the same text as a page. */
    public String html(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        context.setVariable("fontFamily", regular == null ? "sans-serif" : FONT_FAMILY);
        return templates.process(template, context);
    }

    public byte[] pdf(String template, Map<String, Object> variables) {
        String html = html(template, variables);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (regular != null) {
                builder.useFont(regular, FONT_FAMILY);
                builder.useFont(bold, FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                builder.usePdfUaAccessbility(true);
            }
            builder.withHtmlContent(html, "classpath:/");
            builder.toStream(bytes);
            builder.run();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    /** Whether PDFs are tagged for accessibility: only when a font could be embedded. */
    public boolean tagged() {
        return regular != null;
    }

    private static File font(String configured) {
        if (!configured.isBlank()) {
            File file = new File(configured);
            if (!file.isFile()) {
                throw new IllegalStateException("schoolscope.correspondence.font-file names no file: " + configured);
            }
            return file;
        }
        return FONT_CANDIDATES.stream().map(File::new).filter(File::isFile).findFirst().orElse(null);
    }

    private static File boldBeside(File regular) {
        String name = regular.getName();
        File bold = new File(regular.getParentFile(), name.replace("-Regular.ttf", "-Bold.ttf")
                .replace("Sans.ttf", "Sans-Bold.ttf"));
        return bold.isFile() && !bold.equals(regular) ? bold : regular;
    }
}
