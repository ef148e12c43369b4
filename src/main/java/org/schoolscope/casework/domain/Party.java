package org.schoolscope.casework.domain;

/**
 * The person who raised a case as the viewer may see them: for a case worker, their name, contact and relationship to
 * the school; for everyone else the words the database put in their place ("Protected"), so no page, export or letter
 * can show what the query did not give.
 */
public record Party(String raisedBy, String contact, String relationship) {
}
