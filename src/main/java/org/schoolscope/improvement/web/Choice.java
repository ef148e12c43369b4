package org.schoolscope.improvement.web;

/** One option of a radio or checkbox group: the value posted and the label shown. */
public record Choice(String value, String label) {
}
