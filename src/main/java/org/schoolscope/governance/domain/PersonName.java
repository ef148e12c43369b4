package org.schoolscope.governance.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's name, email and postcode as keys for finding the same person on two governing bodies: case, accents,
 * punctuation and titles are ignored ("Dr. Jane  Smith-Jones" and "jane smith jones" are the same key), so that the
 * officer is offered the match; the system never joins two records on its own.
 */
public final class PersonName {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "rev", "revd", "reverend", "cllr", "councillor", "sir", "dame", "lord", "lady", "fr", "father", "canon");

    private PersonName() {
    }

    public static String key(String fullName) {
        if (fullName == null) {
            return "";
        }
        String plain = Normalizer.normalize(fullName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !TITLES.contains(word))
                .collect(Collectors.joining(" "));
    }

    public static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String postcodeKey(String postcode) {
        return postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
