package org.schoolscope.attendance;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Pupils are pseudonymous in storage: a pupil's identifier (a unique pupil number) is replaced, as soon as a file is
 * read, by its HMAC-SHA256 under the council's secret. Without the secret the key cannot be turned back into the
 * identifier, nor can anyone outside the council work out which key a known identifier has. Pages show a short
 * reference cut from the key, never the identifier.
 */
@Component
public class PupilPseudonyms {

    private final AttendanceProperties properties;

    PupilPseudonyms(AttendanceProperties properties) {
        this.properties = properties;
    }

    /** A hasher for one file or one generation run: {@link Mac} is not thread-safe, so each job takes its own. */
    public Hasher hasher() {
        if (!properties.hasSecret()) {
            throw new MissingSecretException();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.pupilKeySecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new Hasher(mac);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public boolean ready() {
        return properties.hasSecret();
    }

    /** The reference shown for a pupil: the key's first 40 bits as 10 hexadecimal digits, e.g. {@code 3F9A-21C7-0B}. */
    public static String reference(byte[] key) {
        String hex = HexFormat.of().withUpperCase().formatHex(key, 0, 5);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 10);
    }

    /** Turns identifiers into keys; identifiers compare ignoring case and surrounding spaces. */
    public static final class Hasher {

        private final Mac mac;

        private Hasher(Mac mac) {
            this.mac = mac;
        }

        public byte[] key(String identifier) {
            return mac.doFinal(identifier.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Pupil-level work was asked for with no secret configured. */
    public static final class MissingSecretException extends IllegalStateException {

        MissingSecretException() {
            super("No pupil key secret is configured: set SCHOOLSCOPE_ATTENDANCE_PUPIL_KEY_SECRET (at least "
                    + AttendanceProperties.MINIMUM_SECRET_LENGTH + " characters) before importing pupils' "
                    + "attendance or generating the synthetic council");
        }
    }
}
