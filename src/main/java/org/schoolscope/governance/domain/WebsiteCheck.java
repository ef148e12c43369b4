package org.schoolscope.governance.domain;

import java.time.LocalDate;

/** An officer's check of whether the school publishes its list of governors and their interests on its website. */
public record WebsiteCheck(LocalDate checkedOn, boolean published, String note, String checkedBy) {
}
