package org.schoolscope.assessment.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.schoolscope.assessment.domain.Rulebook;

/** The rulebook shipped with Schoolscope, written from seed 004's working definition of a school causing concern. */
public final class DefaultRulebook {

    static final String LOCATION = "assessment/default-rulebook.yml";

    /**
     * Every default rulebook shipped before the current one, exactly as shipped. A council still on one of them,
     * unchanged, is moved to the current default as a new version; a council that changed its rulebook keeps it.
     */
    static final List<String> EARLIER = List.of("assessment/default-rulebook-2026.1.yml");

    private DefaultRulebook() {
    }

    public static String text() {
        return resource(LOCATION);
    }

    /** Whether the text is a default rulebook shipped before the current one, unchanged. */
    public static boolean isEarlierDefault(String yaml) {
        return EARLIER.stream().map(DefaultRulebook::resource).anyMatch(yaml::equals);
    }

    private static String resource(String location) {
        try (InputStream in = DefaultRulebook.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("The default rulebook is missing from the classpath: " + location);
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
