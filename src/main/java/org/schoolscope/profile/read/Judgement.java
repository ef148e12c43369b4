package org.schoolscope.profile.read;

/** One key judgement or report-card evaluation area, with the grade as the importer stored it. */
public record Judgement(String area, String grade) {
}
