package org.schoolscope.profile.read;

/** Who runs a school, as the register derives it: the council, a trust, someone else, or not known. */
public enum ResponsibleBody {
    LOCAL_AUTHORITY, TRUST, OTHER, UNKNOWN
}
