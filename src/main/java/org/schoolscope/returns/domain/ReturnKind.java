package org.schoolscope.returns.domain;

/**
 * What a return is for. The first four are seed 000's (sections 5.1 to 5.3) and come ready-made; the rules read the
 * section 175 audit by its kind, and the results of returns of one kind are compared term by term.
 */
public enum ReturnKind {
    SECTION_175, GOVERNANCE_SELF_EVALUATION, RELATIONSHIP_SURVEY, DATA_EXCHANGE, OTHER
}
