package org.schoolscope.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A council's rulebook as written, with who changed it, why and when. Categories are listed most severe first in
 * the document but each carries its own severity; {@code defaultCategory} is where a school with no concern goes.
 */
public record Rulebook(String version, String author, String reason, LocalDate date, List<Category> categories,
        String defaultCategory, List<Parameter> parameters, List<RuleDefinition> rules, List<ScoreBand> scoreBands,
        Notification notification) {

    public Rulebook {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(defaultCategory, "defaultCategory");
        Objects.requireNonNull(notification, "notification");
        categories = List.copyOf(categories);
        parameters = List.copyOf(parameters);
        rules = List.copyOf(rules);
        scoreBands = List.copyOf(scoreBands);
    }
}
