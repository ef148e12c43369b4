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

    /** The key is an HMAC, evenly spread: its first four bytes hash it as well as all 32 would, for less work. */
    @Override
    public int hashCode() {
        return 31 * ((key[0] & 0xff) << 24 | (key[1] & 0xff) << 16 | (key[2] & 0xff) << 8 | (key[3] & 0xff)) + urn;
    }

    @Override
    public String toString() {
        return "PupilKey[school " + urn + "]";
    }
}
