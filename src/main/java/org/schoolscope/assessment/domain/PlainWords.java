package org.schoolscope.assessment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads in a reason, a letter or a form, in place of the rulebook's notation: a threshold by its name
 * in words ("the persistent absence margin", not {@code $persistent_absence_margin}), a published file by its
 * publisher's title (not its file name), a date as "28 March 2023". The rulebook and the page's source column keep
 * the exact names, one click away.
 */
public final class PlainWords {

    private static final Map<String, String> WORDS = Map.of("ks2", "key stage 2", "ks4", "key stage 4", "ks5",
            "key stage 5", "rwm", "reading, writing and maths", "attainment8", "Attainment 8", "progress8",
            "Progress 8");

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern FILE = Pattern.compile("(?i)[^,]*\\.(csv|xlsx|xls|ods|txt|zip)\\b");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-?(\\d{2,4})");

    /** Titles of the files DfE and Ofsted publish, by a part of their file name, first match wins. */
    private static final List<Map.Entry<Pattern, String>> TITLES = List.of(
            title("ofsted_state_funded_schools_inspections_outcomes_as_at_(\\d+)_(\\w+)_(\\d{4})",
                    "Ofsted's state-funded schools inspections and outcomes as at {date}"),
            title("ofsted-schools_(\\d+)_(\\w+)_(\\d{4})", "DfE's school performance tables, Ofsted ratings as at {date}"),
            title("ks2[_-]?final", "DfE's key stage 2 performance tables {years}, final"),
            title("ks2[_-]?revised", "DfE's key stage 2 performance tables {years}, revised"),
            title("ks2[_-]?provisional", "DfE's key stage 2 performance tables {years}, provisional"),
            title("ks4[_-]?pupdest", "DfE's key stage 4 destination measures {years}"),
            title("ks4[_-]?final", "DfE's key stage 4 performance tables {years}, final"),
            title("ks4[_-]?revised", "DfE's key stage 4 performance tables {years}, revised"),
            title("ks4[_-]?provisional", "DfE's key stage 4 performance tables {years}, provisional"),
            title("ks5[_-]?final", "DfE's 16 to 18 performance tables {years}, final"),
            title("information_about_schools", "DfE's information about schools {years}"),
            title("_abs", "DfE's pupil absence in schools {years}"),
            title("_census", "DfE's school census {years}"),
            title("exclusions", "DfE's suspensions and permanent exclusions statistics"),
            title("spine", "DfE's school information {years}"),
            title("gias|edubase", "Get Information about Schools"));

    private PlainWords() {
    }

    private static Map.Entry<Pattern, String> title(String pattern, String title) {
        return Map.entry(Pattern.compile("(?i)" + pattern), title);
    }

    /** A rulebook name ({@code lowest_quartile_ks2_rwm}) in words: "lowest quartile key stage 2 reading...". */
    public static String name(String name) {
        StringBuilder words = new StringBuilder();
        for (String word : name.split("[_.]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), word));
        }
        return words.toString();
    }

    /** A threshold as a person reads it: "the persistent absence margin". */
    public static String threshold(String parameterName) {
        return "the " + name(parameterName);
    }

    /**
     * Where a fact came from, for a sentence: every file name replaced by its publisher's title, every ISO date
     * written out ("Ofsted graded inspection starting 28 March 2023, Ofsted's state-funded schools inspections and
     * outcomes as at 31 August 2023").
     */
    public static String source(String source) {
        Matcher file = FILE.matcher(source);
        StringBuilder plain = new StringBuilder();
        while (file.find()) {
            String name = file.group().strip();
            String prefix = file.group().substring(0, file.group().indexOf(name));
            file.appendReplacement(plain, Matcher.quoteReplacement(prefix + fileTitle(name)));
        }
        file.appendTail(plain);
        return dates(plain.toString());
    }

    /** The publisher's title of a published file, from its name; a file not known is "a published file". */
    public static String fileTitle(String fileName) {
        for (Map.Entry<Pattern, String> title : TITLES) {
            Matcher matcher = title.getKey().matcher(fileName);
            if (matcher.find()) {
                String text = title.getValue();
                if (text.contains("{date}")) {
                    text = text.replace("{date}", matcher.group(1) + " " + month(matcher.group(2)) + " "
                            + matcher.group(3));
                }
                if (text.contains("{years}")) {
                    Matcher years = YEARS.matcher(fileName);
                    text = text.replace(" {years}", years.find() ? " " + academicYear(years) : "");
                }
                return text;
            }
        }
        return "a published file";
    }

    /** ISO dates ("2023-03-28") written as a person writes them ("28 March 2023"). */
    public static String dates(String text) {
        Matcher date = ISO_DATE.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (date.find()) {
            String written;
            try {
                written = LocalDate.parse(date.group(1)).format(LONG_DATE);
            } catch (DateTimeParseException notADate) {
                written = date.group(1);
            }
            date.appendReplacement(plain, Matcher.quoteReplacement(written));
        }
        date.appendTail(plain);
        return plain.toString();
    }

    private static String academicYear(Matcher years) {
        String start = years.group(1);
        String end = years.group(2);
        if (end.length() == 4) {
            end = end.substring(2);
        }
        if (end.length() == 2 && start.length() == 4 && !start.substring(2).equals(end)) {
            return start + " to 20" + end;
        }
        return start;
    }

    private static String month(String word) {
        for (java.time.Month month : java.time.Month.values()) {
            String name = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
            if (name.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return word;
    }
}
