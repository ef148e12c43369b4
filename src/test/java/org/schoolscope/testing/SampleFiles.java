package org.schoolscope.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The published sample files packed with the application, read independently of the import code for checking. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = new ClassPathResource("sample/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All records, header first, with the byte-order mark removed. */
    public static List<List<String>> records(String name, Charset charset) {
        String text = new String(bytes(name), charset).replace("\uFEFF", "");
        List<List<String>> records = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().allowMissingFields(true).allowExtraFields(true).ofCsvRecord(text)) {
            records.add(record.getFields());
        }
        return records;
    }
}
