package org.schoolscope.assessment;

import java.util.List;

/**
 * A module that knows facts about schools which the council's rulebook may read (issue 16, item 5): returns that
 * are overdue, governing bodies with vacancies, open complaints. Implemented as a Spring bean in the module that owns
 * the facts, so assessment needs no knowledge of its tables and the module may still depend on assessment.
 *
 * <p>A run asks every source once, for the run's day and moment; a source answers from what was recorded by that
 * moment, so a run reproduced later reads the same facts. Each value carries the plain-English source the school's
 * explanation shows beside it; it must never name a person who raised a concern.
 */
public interface SchoolFactSource {

    /** The facts this source gives, named with the module's prefix, e.g. {@code returns.section_175_overdue}. */
    List<SourcedFactDefinition> definitions();

    /** Each school's facts as they stood at the moment on the day; schools left out get {@code otherwise}. */
    SourcedFacts read(FactsAsAt asAt);
}
