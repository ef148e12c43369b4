package org.schoolscope.assessment.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.schoolscope.assessment.domain.Rulebook;

/** The rulebook shipped with Schoolscope, written from seed 004's working definition of a school causing concern. */
public final class DefaultRulebook {

    static final String LOCATION = "assessment/default-rulebook.yml";

    private DefaultRulebook() {
    }

    public static String text() {
        try (InputStream in = DefaultRulebook.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("The default rulebook is missing from the classpath: " + LOCATION);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rulebook read() {
        return RulebookYaml.read(text());
    }
}
