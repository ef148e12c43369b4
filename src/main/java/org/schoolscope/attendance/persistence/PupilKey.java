package org.schoolscope.attendance.persistence;

import java.util.Arrays;

/** A pupil's stored key (the HMAC of their identifier) at a school, usable as a map key. */
public record PupilKey(byte[] key, int urn) {

    public PupilKey {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("A pupil key is 32 bytes");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PupilKey that && urn == that.urn && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + urn;
    }

    @Override
    public String toString() {
        return "PupilKey[school " + urn + "]";
    }
}
