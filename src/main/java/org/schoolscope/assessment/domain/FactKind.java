package org.schoolscope.assessment.domain;

/** What sort of value a fact holds, which decides how a condition may use it. */
public enum FactKind {
    /** A figure or a count of months; compared with numbers and used in arithmetic. */
    NUMBER,
    /** A judgement word; compared with {@code ==}, {@code !=} or {@code in} against its allowed words. */
    TEXT,
    /** Yes or no; used on its own as a condition, e.g. {@code soft.leadership_crisis}. */
    FLAG
}
