package org.schoolscope.casework.domain;

/** How the concern reached the council. */
public enum Channel {
    EMAIL, TELEPHONE, LETTER, ONLINE_FORM, IN_PERSON, REFERRAL
}
