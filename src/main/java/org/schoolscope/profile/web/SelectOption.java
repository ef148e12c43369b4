package org.schoolscope.profile.web;

/** One choice in a filter's select; {@code text} is already in words. */
public record SelectOption(String value, String text, boolean selected) {
}
