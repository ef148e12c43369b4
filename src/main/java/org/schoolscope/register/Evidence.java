package org.schoolscope.register;

import java.time.LocalDate;

/**
 * One piece of evidence about a school, in words a council officer reads, with the file it came from.
 *
 * @param date the day the evidence speaks of
 * @param words what it says, e.g. "Listed in Ofsted's state-funded schools as at 31 August 2023"
 * @param sourceFile the file as imported
 * @param importId the import batch that took the file in
 */
public record Evidence(LocalDate date, String words, String sourceFile, long importId) {
}
